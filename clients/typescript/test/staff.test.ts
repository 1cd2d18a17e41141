import assert from "node:assert/strict";
import { test } from "node:test";
import { createSccClient, etagOf, ifMatch, isProblem, registerForEvent } from "@scc/api-client";
import {
  adminToken,
  anonymous,
  apiUrl,
  publishedEvent,
  registration,
  seminar,
  staff,
  staffToken,
  uniqueEmail,
  type CreateEventBody,
} from "./support.js";

async function draftEvent(body: CreateEventBody): Promise<string> {
  const { data, error } = await staff().POST("/api/v1/events", { body });
  assert.ok(data, JSON.stringify(error));
  return data.id;
}

test("an update sent with a stale If-Match is refused: 412 precondition_failed, and nothing is lost", async () => {
  const body = seminar("Client Concurrency");
  const id = await draftEvent(body);
  const client = staff();
  const read = await client.GET("/api/v1/events/{id}", { params: { path: { id } } });
  assert.ok(read.data, JSON.stringify(read.error));

  const mine = { ...body, title: { en: "Client Concurrency: first edit" } };
  const updated = await client.PUT("/api/v1/events/{id}", { params: { path: { id } }, body: mine, headers: ifMatch(read) });
  assert.ok(updated.data, JSON.stringify(updated.error));
  assert.notEqual(etagOf(updated), etagOf(read), "the update gives a new ETag");

  const stale = { ...body, title: { en: "Client Concurrency: stale edit" } };
  const refused = await client.PUT("/api/v1/events/{id}", { params: { path: { id } }, body: stale, headers: ifMatch(read) });

  assert.equal(refused.response.status, 412);
  assert.ok(isProblem(refused.error, "precondition_failed"), JSON.stringify(refused.error));
  const now = await client.GET("/api/v1/events/{id}", { params: { path: { id } } });
  assert.equal(now.data?.title.en, "Client Concurrency: first edit");
  assert.equal(etagOf(now), etagOf(updated));
});

test("a transition takes If-Match too: publishing from a stale read is 412, from the current one 200", async () => {
  const id = await draftEvent(seminar("Client Transition"));
  const client = staff();
  const read = await client.GET("/api/v1/events/{id}", { params: { path: { id } } });
  const edited = await client.PUT("/api/v1/events/{id}", {
    params: { path: { id } },
    body: seminar("Client Transition, renamed"),
    headers: ifMatch(read),
  });
  assert.ok(edited.data, JSON.stringify(edited.error));

  const fromStale = await client.POST("/api/v1/events/{id}/publish", { params: { path: { id } }, headers: ifMatch(read) });
  const fromCurrent = await client.POST("/api/v1/events/{id}/publish", { params: { path: { id } }, headers: ifMatch(edited) });

  assert.ok(isProblem(fromStale.error, "precondition_failed"), JSON.stringify(fromStale.error));
  assert.equal(fromCurrent.data?.status, "published", JSON.stringify(fromCurrent.error));
});

test("ifMatch refuses an answer without an ETag rather than send an unconditional write", async () => {
  const list = await anonymous().GET("/api/v1/events", { params: { query: { limit: 1 } } });
  assert.equal(etagOf(list), undefined, "a list carries no ETag");
  assert.throws(() => ifMatch(list), /no ETag/);
});

test("credentials: no token is a 401 problem, a token given by a function is sent as Bearer", async () => {
  const id = await draftEvent(seminar("Client Credentials"));

  const unauthenticated = await anonymous().PUT("/api/v1/events/{id}", { params: { path: { id } }, body: seminar("x") });
  let calls = 0;
  const renewed = createSccClient({
    baseUrl: apiUrl,
    token: async () => {
      calls++;
      return staffToken;
    },
  });
  const draft = await renewed.GET("/api/v1/events/{id}", { params: { path: { id } } });

  assert.equal(unauthenticated.response.status, 401);
  assert.ok(isProblem(unauthenticated.error, "unauthorized"), JSON.stringify(unauthenticated.error));
  assert.equal(draft.data?.status, "draft", JSON.stringify(draft.error));
  assert.equal(calls, 1, "asked for the token once per request");
});

test("an integration key is sent as X-Api-Key and opens what its scopes allow", async () => {
  const admin = createSccClient({ baseUrl: apiUrl, token: adminToken });
  const created = await admin.POST("/api/v1/api-keys", {
    body: { name: "TypeScript client test", scopes: ["registrations:read"] },
  });
  assert.ok(created.data, JSON.stringify(created.error));
  const event = await publishedEvent(seminar("Client Api Key"));
  const email = uniqueEmail("by.key");
  assert.equal((await registerForEvent(anonymous(), event.id, registration(email))).response.status, 201);

  const integration = createSccClient({ baseUrl: apiUrl, apiKey: created.data.secret });
  const listed = await integration.GET("/api/v1/registrations", { params: { query: { eventId: event.id } } });
  const refused = await integration.POST("/api/v1/events", { body: seminar("Not with a read key") });

  assert.ok(listed.data, JSON.stringify(listed.error));
  assert.deepEqual(
    listed.data.items.map((r) => r.registrant.email),
    [email],
  );
  assert.ok(refused.response.status === 401 || refused.response.status === 403, `${refused.response.status}`);
  assert.ok(isProblem(refused.error));
});

// A 1 × 1 PNG: the smallest image the API takes.
const onePixelPng = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

test("a poster is uploaded as a form: the event carries it in renditions, which anyone can fetch", async () => {
  const id = await draftEvent(seminar("Client Poster"));
  const client = staff();

  const uploaded = await client.PUT("/api/v1/events/{id}/poster", {
    params: { path: { id } },
    // The document types the file as a string (format binary); the form itself is built here.
    body: { file: "", altEn: "One pixel" },
    bodySerializer: () => {
      const form = new FormData();
      form.append("file", new Blob([onePixelPng], { type: "image/png" }), "poster.png");
      form.append("altEn", "One pixel");
      return form;
    },
  });

  assert.ok(uploaded.data, JSON.stringify(uploaded.error));
  assert.equal(uploaded.data.width, 1);
  assert.equal(uploaded.data.alt?.en, "One pixel");
  assert.deepEqual(uploaded.data.renditions.map((r) => r.type).sort(), ["image/png", "image/webp"]);
  const read = await client.GET("/api/v1/events/{id}", { params: { path: { id } } });
  assert.equal(read.data?.poster?.id, uploaded.data.id);
  const served = await fetch(uploaded.data.src);
  assert.equal(served.status, 200);
  assert.equal(served.headers.get("content-type"), "image/png");
  assert.equal(served.headers.get("cache-control"), "public, max-age=31536000, immutable");

  const removed = await client.DELETE("/api/v1/events/{id}/poster", { params: { path: { id } } });
  assert.equal(removed.response.status, 204);
  assert.equal((await fetch(uploaded.data.src)).status, 404);
});
