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
// every block's rows. Rows in memoised blocks, blocks in memoised groups, keep a token's work to
// a few hundred fibers on a 10,000-message thread (measured in bench/RESULTS.md).

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
  /** How many rows a block holds (default 16). */
  fanout?: number | undefined;
  /** How many blocks a group holds (default 16). */
  branching?: number | undefined;
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
 * Renders the thread's messages with `row`, one per message, in memoised blocks of `fanout` rows
 * grouped `branching` blocks at a time: a token re-renders its row and costs React a few hundred
 * fibers on a 10,000-message thread (a flat list: every row). Renders no element of its own: wrap
 * it in your `<ol>`.
 *
 * @example
 * ```tsx
 * const Row = ({ store, id }: MessageRowProps<State>) => <li>{String(useMessage(store, id)?.content)}</li>;
 * return <ol><MessageList store={store} row={Row} /></ol>;
 * ```
 */
export function MessageList<State>({
  store,
  row,
  fanout = 16,
  branching = 16,
}: MessageListProps<State>) {
  for (const [field, value] of [
    ["fanout", fanout],
    ["branching", branching],
  ] as const) {
    if (!Number.isInteger(value) || value < 1) {
      throw new RunwireValidationError(`MessageList: ${field} must be a whole number >= 1`, {
        field,
        received: value,
      });
    }
  }
  const ids = useMessageIds(store);
  const levels = useRef<readonly (readonly Node[])[]>([]);
  levels.current = treeOf(ids, fanout, levels.current, branching);
  const root = levels.current[1] ?? [];
  return createElement(Branch, {
    store: store as ChatStore<unknown>,
    node: root,
    row: row as ComponentType<MessageRowProps<unknown>>,
  });
}

/**
 * The two levels of the tree over `ids`: the ids in blocks of `fanout`, then those blocks in
 * groups of `branching`; the list renders the groups. The depth never changes (a tree that grew a
 * level would move every row, and React would mount them all again), so a long thread widens the
 * top instead. Every block equal to one of `previous`'s (same members, by identity) is that
 * block, so memoised branches are skipped.
 */
export function treeOf(
  ids: readonly string[],
  fanout: number,
  previous: readonly (readonly Node[])[],
  branching = fanout,
): readonly (readonly Node[])[] {
  const blocks = blocksOf(ids, fanout, (previous[0] ?? []) as readonly (readonly string[])[]);
  const groups = blocksOf<Node>(
    blocks,
    branching,
    (previous[1] ?? []) as readonly (readonly Node[])[],
  );
  return [blocks, groups];
}
