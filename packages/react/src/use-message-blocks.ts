import { RunwireValidationError } from "@runwire/browser";
import type { ChatStore } from "@runwire/ui";
import { useMemo, useRef } from "react";
import { useMessageIds } from "./slice-hooks";

// React walks every sibling of a component that updates: in a flat list of 10,000 rows, each
// token costs a pass over 10,000 fibers. Rows grouped in memoised blocks cut that to one block's
// rows plus the blocks. A block array is kept while its ids are the same, so `memo` (shallow)
// skips every block but the one that changed.

const NO_BLOCKS: readonly (readonly string[])[] = Object.freeze([]);

/**
 * The message ids in blocks of `size` (default 100), for long threads: render each block as a
 * memoised component of rows. A block is the same array until a message in it comes or goes,
 * so only the last block re-renders when a message is added, and a token re-renders only its row.
 *
 * @example
 * ```tsx
 * const blocks = useMessageBlocks(store);
 * return blocks.map((ids, i) => <Block key={i} store={store} ids={ids} />);
 * // const Block = memo(({ store, ids }) => ids.map((id) => <Row key={id} store={store} id={id} />));
 * ```
 */
export function useMessageBlocks<State>(
  store: ChatStore<State>,
  size = 100,
): readonly (readonly string[])[] {
  if (!Number.isInteger(size) || size < 1) {
    throw new RunwireValidationError("useMessageBlocks: size must be a whole number >= 1", {
      field: "size",
      received: size,
    });
  }
  const ids = useMessageIds(store);
  const previous = useRef(NO_BLOCKS);
  return useMemo(() => {
    const blocks = blocksOf(ids, size, previous.current);
    previous.current = blocks;
    return blocks;
  }, [ids, size]);
}

/** `ids` cut in blocks of `size`, reusing each block of `previous` whose members are the same. */
export function blocksOf<T>(
  ids: readonly T[],
  size: number,
  previous: readonly (readonly T[])[],
): readonly (readonly T[])[] {
  const blocks: (readonly T[])[] = [];
  let changed = previous.length !== Math.ceil(ids.length / size);
  for (let start = 0, index = 0; start < ids.length; start += size, index++) {
    const old = previous[index];
    const end = Math.min(start + size, ids.length);
    let same = old !== undefined && old.length === end - start;
    for (let i = start; same && i < end; i++) same = old?.[i - start] === ids[i];
    if (same && old !== undefined) {
      blocks.push(old);
    } else {
      blocks.push(ids.slice(start, end));
      changed = true;
    }
  }
  return changed ? blocks : previous;
}
