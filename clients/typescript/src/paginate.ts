import { ApiError } from "./problem.js";

/** One page of a list: the API's `{ items, nextCursor }`, `nextCursor` null on the last page. */
export interface Page<Item> {
  items: readonly Item[];
  nextCursor?: string | null | undefined;
}

/** What `paginate` hands to each page request: spread it into the query (`{ ...page, limit: 50 }`). */
export interface PageRequest {
  cursor?: string;
}

/** An answer of openapi-fetch for a list operation (what `client.GET(...)` returns). */
export interface PageAnswer<Item> {
  data?: Page<Item> | undefined;
  error?: unknown;
  response: Response;
}

/**
 * Every item of a cursor-paged list, fetching pages as the loop asks for them. The items are typed from
 * the operation's answer:
 *
 *     for await (const event of paginate((page) =>
 *         client.GET("/api/v1/events", { params: { query: { ...page, limit: 50 } } }))) { ... }
 *
 * An error answer ends the loop with an `ApiError` (its `body` is the problem).
 */
export async function* paginate<Item>(
  fetchPage: (page: PageRequest) => Promise<PageAnswer<Item>>,
): AsyncGenerator<Item, void, undefined> {
  let page: PageRequest = {};
  for (;;) {
    const answer = await fetchPage(page);
    if (answer.data === undefined) throw new ApiError(answer.response, answer.error);
    yield* answer.data.items;
    const next = answer.data.nextCursor;
    if (next === null || next === undefined || next === "") return;
    // A cursor that does not move would loop for ever; better a loud error than a hung page.
    if (next === page.cursor) throw new Error(`paginate: the API gave the same cursor twice (${next})`);
    page = { cursor: next };
  }
}
