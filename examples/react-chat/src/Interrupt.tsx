// What the hitl graph needs: the question it paused on with an answer box, and the answer it
// stored. Answering resumes the paused run with a command, as the official hook's
// `submit(null, { command: { resume } })` does.

import type { ChatStore } from "@runwire/react";
import { useChatSelector, useInterrupts } from "@runwire/react";
import type { Values } from "./graphs";

export function InterruptBox({ store }: { store: ChatStore<Values> }) {
  // Only what the thread is really paused on: after Stop there is none.
  const [interrupt] = useInterrupts(store);
  if (interrupt === undefined) return null;
  const answer = (form: FormData) => {
    void store.submit(null, { command: { resume: String(form.get("answer") ?? "") } });
  };
  return (
    <form id="interrupt" className="interrupt" action={answer}>
      <p id="interrupt-question">{questionOf(interrupt.value)}</p>
      <input id="interrupt-answer" name="answer" aria-label="Your answer" required />
      <button id="resume" type="submit">
        Answer
      </button>
    </form>
  );
}

/** The answer the hitl graph stored in its state, once resumed. */
export function StoredAnswer({ store }: { store: ChatStore<Values> }) {
  const answer = useChatSelector(store, (snapshot) => snapshot.values.answer ?? null);
  if (answer === null) return null;
  return (
    <p>
      Answer stored: <strong id="stored-answer">{answer}</strong>
    </p>
  );
}

/** The question an `interrupt({ question })` asks, else the interrupt's value as JSON. */
function questionOf(value: unknown): string {
  if (typeof value === "object" && value !== null && "question" in value) {
    return String(value.question);
  }
  return JSON.stringify(value);
}
