import assert from "node:assert/strict";
import { test } from "node:test";
import {
  ApiError,
  createSccClient,
  etagCache,
  etagOf,
  fromCache,
  isProblem,
  paginate,
  type operations,
  type Schemas,
} from "@scc/api-client";
import { anonymous, apiUrl, recordingFetch, type Exchange, type IsAny } from "./support.js";

type ListEventsQuery = NonNullable<operations["ListEvents"]["parameters"]["query"]>;

/** Every published event, in one request of the largest page. */
async function allPublishedEvents(): Promise<Schemas["EventSummary"][]> {
  const { data, error } = await anonymous().GET("/api/v1/events", { params: { query: { limit: 100 } } });
  assert.ok(data, JSON.stringify(error));
  assert.equal(data.nextCursor ?? null, null, "the demo data fits in one page of 100");
  return data.items;
}

test("paginate walks every published event, a small page at a time", async () => {
  const log: Exchange[] = [];
  const client = createSccClient({ baseUrl: apiUrl, fetch: recordingFetch(log) });

  const seen: Schemas["EventSummary"][] = [];
  for await (const event of paginate((page) => client.GET("/api/v1/events", { params: { query: { ...page, limit: 2 } } }))) {
    const exact: IsAny<typeof event> = false; // items are typed from the operation's answer
    assert.equal(exact, false);
    seen.push(event);
  }

  const expected = await allPublishedEvents();
  assert.ok(expected.length > 2, "the demo data has more than one page of 2");
  assert.deepEqual(
    seen.map((e) => e.id),
    expected.map((e) => e.id),
  );
  assert.equal(log.length, Math.ceil(expected.length / 2), "one request per page");
  assert.ok(!new URL(log[0]!.url).searchParams.has("cursor"), "the first page is asked without a cursor");
  for (const exchange of log.slice(1)) assert.ok(new URL(exchange.url).searchParams.get("cursor"), "later pages pass the cursor");
  assert.ok(seen.every((e) => e.status !== "draft"), "anonymous readers never see drafts");
});

test("paginate ends with an ApiError carrying the problem when a page is refused", async () => {
  const client = anonymous();
  const unknownType = ["not-a-type"] as unknown as NonNullable<ListEventsQuery["type"]>;
  await assert.rejects(
    async () => {
      for await (const _ of paginate((page) => client.GET("/api/v1/events", { params: { query: { ...page, type: unknownType } } }))) {
        assert.fail("an unknown filter value is a 400, not a page");
      }
    },
    (error: unknown) => {
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 400);
      assert.ok(isProblem(error.body), JSON.stringify(error.body));
      assert.equal(error.body.status, 400);
      assert.ok(error.body.traceId.length > 0);
      return true;
    },
  );
});

test("several values of a filter go comma-separated, and the API applies them", async () => {
  const all = await allPublishedEvents();
  const byCount = new Map<string, number>();
  for (const e of all) byCount.set(e.type, (byCount.get(e.type) ?? 0) + 1);
  const types = [...byCount.keys()].slice(0, 2);
  assert.equal(types.length, 2, "the demo data has events of two types at least");

  const log: Exchange[] = [];
  const client = createSccClient({ baseUrl: apiUrl, fetch: recordingFetch(log) });
  // This document declares `type` a comma-separated string; the exact one, a list of EventType.
  const query = { type: types, limit: 100 } as unknown as ListEventsQuery;
  const { data, error } = await client.GET("/api/v1/events", { params: { query } });

  assert.ok(data, JSON.stringify(error));
  assert.equal(new URL(log[0]!.url).search.includes(`type=${types.join(",")}`), true, log[0]!.url);
  assert.deepEqual(
    data.items.map((e) => e.id),
    all.filter((e) => types.includes(e.type)).map((e) => e.id),
  );
});

test("an event read by its slug is the one listed", async () => {
  const [listed] = await allPublishedEvents();
  assert.ok(listed);

  const { data, error, response } = await anonymous().GET("/api/v1/events/by-slug/{slug}", {
    params: { path: { slug: listed.slug } },
  });

  assert.ok(data, JSON.stringify(error));
  assert.equal(data.id, listed.id);
  assert.equal(data.slug, listed.slug);
  assert.deepEqual(data.title, listed.title);
  assert.ok(etagOf(response), "a single resource carries an ETag");
});

test("a repeated GET is revalidated with If-None-Match: 304, and the kept body is given back typed", async () => {
  const [listed] = await allPublishedEvents();
  assert.ok(listed);
  const log: Exchange[] = [];
  const client = createSccClient({ baseUrl: apiUrl, fetch: recordingFetch(log) });
  client.use(etagCache());
  const read = () => client.GET("/api/v1/events/{id}", { params: { path: { id: listed.id } } });

  const first = await read();
  const second = await read();

  assert.ok(first.data && second.data, JSON.stringify(second.error));
  assert.equal(log[0]!.status, 200);
  assert.equal(log[0]!.headers.get("If-None-Match"), null);
  assert.equal(log[1]!.headers.get("If-None-Match"), etagOf(first));
  assert.equal(log[1]!.status, 304, "the API said Not Modified");
  assert.equal(fromCache(first), false);
  assert.equal(fromCache(second), true);
  assert.equal(second.response.status, 200);
  assert.equal(etagOf(second), etagOf(first));
  assert.deepEqual(second.data, first.data);
  const exact: IsAny<typeof second.data> = false;
  assert.equal(exact, false);
  assert.equal(second.data.id, listed.id);
});
