import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { test } from "node:test";
import { createSccClient, isProblem, registerForEvent } from "@scc/api-client";
import {
  anonymous,
  apiUrl,
  publishedEvent,
  recordingFetch,
  registration,
  registrationsOf,
  seminar,
  uniqueEmail,
  type Exchange,
  type IsAny,
} from "./support.js";

test("a registration whose answer was lost is retried with the same key and stored once", async () => {
  const event = await publishedEvent(seminar("Client Retry After A Lost Answer"));
  const email = uniqueEmail("lost.answer");
  const log: Exchange[] = [];
  let attempts = 0;
  // The request reaches the API and is applied, but its answer never comes back, as on a dropped connection.
  const losesTheFirstAnswer = recordingFetch(log, async (request) => {
    const response = await fetch(request);
    if (++attempts === 1) {
      await response.arrayBuffer();
      throw new TypeError("fetch failed: connection reset");
    }
    return response;
  });
  const client = createSccClient({ baseUrl: apiUrl, fetch: losesTheFirstAnswer });

  const answer = await registerForEvent(client, event.id, registration(email), { retryDelayMs: 10 });

  assert.ok(answer.data, JSON.stringify(answer.error));
  assert.equal(answer.response.status, 201);
  assert.equal(log.length, 2, "sent twice");
  const keys = log.map((e) => e.headers.get("Idempotency-Key"));
  assert.ok(keys[0], "an Idempotency-Key is sent");
  assert.equal(keys[1], keys[0], "the retry sends the same key");
  assert.equal(answer.idempotencyKey, keys[0]);
  const stored = await registrationsOf(event.id, email);
  assert.deepEqual(
    stored.map((r) => r.id),
    [answer.data.registration.id],
    "the database holds one registration",
  );
});

test("a registration answered 503 is retried with the same key, after Retry-After", async () => {
  const event = await publishedEvent(seminar("Client Retry After 503"));
  const email = uniqueEmail("unavailable");
  const log: Exchange[] = [];
  let attempts = 0;
  // A proxy in front of the API that answers 503 once, after the API applied the request.
  const unavailableOnce = recordingFetch(log, async (request) => {
    const response = await fetch(request);
    if (++attempts > 1) return response;
    await response.arrayBuffer();
    return new Response(null, { status: 503, headers: { "Retry-After": "0" } });
  });
  const client = createSccClient({ baseUrl: apiUrl, fetch: unavailableOnce });

  const answer = await registerForEvent(client, event.id, registration(email));

  assert.ok(answer.data, JSON.stringify(answer.error));
  assert.deepEqual(
    log.map((e) => e.status),
    [503, 201],
  );
  assert.equal(log[1]!.headers.get("Idempotency-Key"), log[0]!.headers.get("Idempotency-Key"));
  assert.equal((await registrationsOf(event.id, email)).length, 1);
});

test("the same key and body sent again get the first registration back", async () => {
  const event = await publishedEvent(seminar("Client Same Key Twice"));
  const email = uniqueEmail("same.key");
  const idempotencyKey = randomUUID();

  const first = await registerForEvent(anonymous(), event.id, registration(email), { idempotencyKey });
  const again = await registerForEvent(anonymous(), event.id, registration(email), { idempotencyKey });

  assert.ok(first.data && again.data, JSON.stringify(again.error));
  const exact: IsAny<typeof first.data.registration> = false;
  assert.equal(exact, false);
  assert.equal(again.idempotencyKey, idempotencyKey);
  assert.equal(again.data.registration.id, first.data.registration.id);
  assert.equal(again.data.registration.status, "confirmed");
  assert.equal((await registrationsOf(event.id, email)).length, 1);
});

test("the same key with another body is refused: 422 idempotency_key_reused", async () => {
  const event = await publishedEvent(seminar("Client Key Reused"));
  const idempotencyKey = randomUUID();

  const first = await registerForEvent(anonymous(), event.id, registration(uniqueEmail("first")), { idempotencyKey });
  const other = await registerForEvent(anonymous(), event.id, registration(uniqueEmail("other")), { idempotencyKey });

  assert.equal(first.response.status, 201);
  assert.equal(other.response.status, 422);
  assert.ok(isProblem(other.error, "idempotency_key_reused"), JSON.stringify(other.error));
});

test("registering the same email twice is a 409 read by its code: already_registered", async () => {
  const event = await publishedEvent(seminar("Client Already Registered"));
  const email = uniqueEmail("twice");

  const first = await registerForEvent(anonymous(), event.id, registration(email));
  const second = await registerForEvent(anonymous(), event.id, registration(email.toUpperCase(), "Chan T. M."));

  assert.equal(first.response.status, 201);
  assert.notEqual(second.idempotencyKey, first.idempotencyKey, "each submission gets its own key");
  assert.equal(second.response.status, 409);
  assert.ok(isProblem(second.error), JSON.stringify(second.error));
  assert.equal(isProblem(second.error, "event_full"), false);
  assert.ok(isProblem(second.error, "already_registered"));
  assert.equal(second.error.status, 409);
  assert.equal(second.error.code, "already_registered");
});

test("registering for a full event without a waiting list is a 409 event_full", async () => {
  const event = await publishedEvent(seminar("Client Full Event", { capacity: 1, waitingList: false }));

  const seated = await registerForEvent(anonymous(), event.id, registration(uniqueEmail("seated")));
  const turnedAway = await registerForEvent(anonymous(), event.id, registration(uniqueEmail("late")));

  assert.equal(seated.data?.registration.status, "confirmed");
  assert.equal(turnedAway.response.status, 409);
  assert.ok(isProblem(turnedAway.error, "event_full"), JSON.stringify(turnedAway.error));
});
