// The `<Thread />` the docs import from their generated UI components (`npx assistant-ui add
// thread`), reduced to assistant-ui's primitives with no styling: the messages, each with its
// role and status, and a composer that sends and stops. The ids, classes and data attributes are
// what the Chromium test reads; a text part is rendered as its bare text (the default adds a
// running indicator after it while it streams).
import {
  ComposerPrimitive,
  MessagePrimitive,
  type TextMessagePartProps,
  ThreadPrimitive,
} from "@assistant-ui/react";

function Text({ text }: TextMessagePartProps) {
  return <span className="text">{text}</span>;
}

function Message() {
  return (
    <MessagePrimitive.Root className="message">
      <MessagePrimitive.Parts components={{ Text }} />
    </MessagePrimitive.Root>
  );
}

export function Thread() {
  return (
    <ThreadPrimitive.Root id="thread">
      <ThreadPrimitive.Viewport id="viewport">
        <ThreadPrimitive.Messages>
          {({ message }) => (
            <div className="row" data-role={message.role} data-status={message.status?.type}>
              <Message />
            </div>
          )}
        </ThreadPrimitive.Messages>
      </ThreadPrimitive.Viewport>
      <ComposerPrimitive.Root id="composer">
        <ComposerPrimitive.Input id="composer-input" placeholder="Write a message" />
        <ComposerPrimitive.Send id="composer-send">Send</ComposerPrimitive.Send>
        <ComposerPrimitive.Cancel id="composer-cancel">Stop</ComposerPrimitive.Cancel>
      </ComposerPrimitive.Root>
    </ThreadPrimitive.Root>
  );
}
