import { badUserInput } from './errors.ts';

const MAX_PAGE = 100;

/** Cursor of the item at `offset` in a list (opaque to clients). */
export function offsetCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

/**
 * Reads `first` / `after` of an offset-paged list: the rows to skip and take (one more than
 * asked, to tell whether a next page exists).
 */
export function readOffsetPage(args: { first?: number | null; after?: string | null }) {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
    throw badUserInput(`first must be between 1 and ${MAX_PAGE}.`, 'first');
  let skip = 0;
  if (args.after) {
    const match = /^o:(\d{1,9})$/.exec(Buffer.from(args.after, 'base64url').toString('utf8'));
    if (!match) throw badUserInput('after is not a cursor of this list.', 'after');
    skip = Number(match[1]) + 1;
  }
  return { skip, take: first + 1, first };
}

/** A connection (edges, pageInfo, totalCount) from the rows one page read returned. */
export function offsetConnection<T>(
  rows: T[],
  page: { skip: number; first: number },
  totalCount: number,
) {
  const nodes = rows.slice(0, page.first);
  const edges = nodes.map((node, i) => ({ cursor: offsetCursor(page.skip + i), node }));
  return {
    totalCount,
    edges,
    pageInfo: { hasNextPage: rows.length > page.first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
