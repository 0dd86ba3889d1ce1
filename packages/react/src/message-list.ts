import { RunwireValidationError } from "@runwire/browser";
import type { ChatStore } from "@runwire/ui";
import {
  type ComponentType,
  createElement,
  Fragment,
  memo,
  type ReactElement,
  useRef,
} from "react";
import { useMessageIds } from "./slice-hooks";
import { blocksOf } from "./use-message-blocks";

// React completes every child of each component on the path to an update: a flat list of
// 10,000 rows costs a pass over 10,000 fibers per token, and one level of blocks still visits
// every block's rows. A tree of memoised blocks (here `fanout` wide) keeps a token's work to a
// few dozen fibers, whatever the thread's length (measured in bench/RESULTS.md).

/** What a row of {@link MessageList} receives. */
export interface MessageRowProps<State> {
  /** The store: read the message with `useMessage(store, id)`. */
  store: ChatStore<State>;
  /** The message's id (its key in `messageIds`). */
  id: string;
}

/** Props of {@link MessageList}. */
export interface MessageListProps<State> {
  store: ChatStore<State>;
  /** The component that renders one message: it reads it with `useMessage(store, id)`. */
  row: ComponentType<MessageRowProps<State>>;
  /** How many rows (and blocks) a block holds (default 32). */
  fanout?: number | undefined;
}

/** A level of the tree: the leaves are the ids, each level above holds blocks of the one below. */
type Node = string | readonly Node[];

interface BranchProps {
  store: ChatStore<unknown>;
  node: readonly Node[];
  row: ComponentType<MessageRowProps<unknown>>;
}

// memo: a block whose members did not change is the same array, so it is skipped whole.
const Branch = memo(function Branch({ store, node, row }: BranchProps): ReactElement {
  return createElement(
    Fragment,
    null,
    node.map((child, index) =>
      typeof child === "string"
        ? createElement(row, { key: child, store, id: child })
        : // A block is its place in the thread: the first blocks never change.
          createElement(Branch, { key: index, store, node: child, row }),
    ),
  );
});

/**
 * Renders the thread's messages with `row`, one per message, in a tree of memoised blocks: a
 * token re-renders its row and costs React a few dozen fibers, on a 10-message thread as on a
 * 10,000-message one. Renders no element of its own: wrap it in your `<ol>`.
 *
 * @example
 * ```tsx
 * const Row = ({ store, id }: MessageRowProps<State>) => <li>{String(useMessage(store, id)?.content)}</li>;
 * return <ol><MessageList store={store} row={Row} /></ol>;
 * ```
 */
export function MessageList<State>({ store, row, fanout = 32 }: MessageListProps<State>) {
  if (!Number.isInteger(fanout) || fanout < 2) {
    throw new RunwireValidationError("MessageList: fanout must be a whole number >= 2", {
      field: "fanout",
      received: fanout,
    });
  }
  const ids = useMessageIds(store);
  const levels = useRef<readonly (readonly Node[])[]>([]);
  levels.current = treeOf(ids, fanout, levels.current);
  const root = levels.current.at(-1) ?? ids;
  return createElement(Branch, {
    store: store as ChatStore<unknown>,
    node: root,
    row: row as ComponentType<MessageRowProps<unknown>>,
  });
}

/**
 * The levels of the tree over `ids`: level 0 the ids in blocks of `fanout`, each next level the
 * previous one's blocks in blocks, up to one block. Every block equal to one of `previous`'s (same
 * members, by identity) is that block, so memoised branches are skipped.
 */
export function treeOf(
  ids: readonly string[],
  fanout: number,
  previous: readonly (readonly Node[])[],
): readonly (readonly Node[])[] {
  const levels: (readonly Node[])[] = [];
  let current: readonly Node[] = ids;
  for (let depth = 0; current.length > fanout || depth === 0; depth++) {
    const blocks = blocksOf(
      current,
      fanout,
      (previous[depth] ?? []) as readonly (readonly Node[])[],
    );
    levels.push(blocks);
    current = blocks;
    if (blocks.length <= 1) break;
  }
  return levels;
}
