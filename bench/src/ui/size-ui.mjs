// Bundle size of the React bindings: min+gzip of an entry that imports only the hook and calls it,
// React external (every app has it already), measured as the size section measures the clients
// (esbuild, ESM, minified, `platform: browser`, es2022, gzip level 9). runwire's binding is also
// compared with `@runwire/browser` alone (the size section's `createClient` + `runs.stream` entry,
// ky counted), which it is built on.

import { measure, RUNWIRE_ENTRY } from "../size.mjs";

const REACT = ["react", "react/jsx-runtime", "react-dom", "react-dom/client"];

const hookEntry = (pkg) => `
import { useStream } from "${pkg}";
export function useChat(apiUrl) {
  return useStream({ apiUrl, assistantId: "agent" });
}`;

const FAST_ENTRY = `
import { useChatStore, useMessage, useMessageIds } from "@runwire/react";
export function useChat(apiUrl) {
  const store = useChatStore({ apiUrl, assistantId: "agent" });
  return [store, useMessageIds(store)];
}
export function useRow(store, id) {
  return useMessage(store, id);
}`;

/** The bundles of this section; `runwire: false` leaves runwire's binding out (not built yet). */
export function uiBundles({ runwire = true } = {}) {
  return [
    {
      id: "official-hook",
      label:
        "official `useStream` (`@langchain/langgraph-sdk/react` 1.15.0, `@langchain/core` 1.4.0)",
      entry: hookEntry("@langchain/langgraph-sdk/react"),
      external: REACT,
    },
    ...(runwire
      ? [
          {
            id: "runwire-hook",
            label: "runwire `useStream` (`@runwire/react`)",
            entry: hookEntry("@runwire/react"),
            external: REACT,
          },
          {
            id: "runwire-fast",
            label: "runwire `useChatStore` + `useMessageIds` + `useMessage`",
            entry: FAST_ENTRY,
            external: REACT,
          },
        ]
      : []),
    {
      id: "browser",
      label: "`@runwire/browser` alone (`createClient` + `runs.stream`, ky counted)",
      entry: RUNWIRE_ENTRY("@runwire/browser"),
    },
  ];
}

/** Measures each bundle of `uiBundles`; `resolveDir` is the bench package (its node_modules). */
export async function runUiSize(resolveDir, options) {
  const rows = [];
  for (const bundle of uiBundles(options)) rows.push(await measure(bundle, resolveDir));
  return rows;
}
