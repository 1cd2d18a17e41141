// What the tests share: the live API's address and tokens (from the environment), clients, and an event
// open for registration, made by staff through the API itself.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { createSccClient, etagOf, type RegisterForEventBody, type SccClient, type Schemas } from "@scc/api-client";

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") {
    throw new Error(
      `${name} is not set. These tests run against a live API: set SCC_API_URL (its address), ` +
        "SCC_STAFF_TOKEN (an editor's token) and SCC_ADMIN_TOKEN (an admin's token), " +
        "or run them through the repository's ./scripts/test.sh.",
    );
  }
  return value;
}

export const apiUrl = required("SCC_API_URL");
export const staffToken = required("SCC_STAFF_TOKEN");
export const adminToken = required("SCC_ADMIN_TOKEN");

export const anonymous = (): SccClient => createSccClient({ baseUrl: apiUrl });
export const staff = (): SccClient => createSccClient({ baseUrl: apiUrl, token: staffToken });

/** One request as it went over the wire, and the status it got (none when the fetch failed). */
export interface Exchange {
  method: string;
  url: string;
  headers: Headers;
  status?: number;
}

/** A fetch that records every exchange in `log`, for tests that check what was sent. */
export function recordingFetch(log: Exchange[], next: (request: Request) => Promise<Response> = fetch) {
  return async (request: Request): Promise<Response> => {
    const exchange: Exchange = { method: request.method, url: request.url, headers: new Headers(request.headers) };
    log.push(exchange);
    const response = await next(request);
    exchange.status = response.status;
    return response;
  };
}

export const uniqueEmail = (label: string): string => `${label}.${randomUUID().slice(0, 8)}@example.com`;

export const statementVersion = "2023-07";

export type CreateEventBody = Schemas["CreateEvent"];

/** A seminar in Hong Kong a month from now, open for internal registration. */
export function seminar(title: string, registration: { capacity?: number; waitingList?: boolean } = {}): CreateEventBody {
  const start = new Date(Date.now() + 30 * 24 * 3600 * 1000);
  const day = start.toISOString().slice(0, 10);
  return {
    type: "seminar",
    format: "inPerson",
    title: { en: title, "zh-Hant": "智慧城市研討會" },
    timeZone: "Asia/Hong_Kong",
    schedule: { kind: "timed", startsAt: `${day}T16:00:00+08:00`, endsAt: `${day}T18:00:00+08:00` },
    venue: { name: { en: "H6 CONET" }, countryCode: "HK" },
    tags: ["smart-city"],
    registration: {
      mode: "internal",
      capacity: registration.capacity ?? 50,
      waitingList: registration.waitingList ?? true,
      isFree: true,
      kinds: ["attendee"],
      privacyStatementVersion: statementVersion,
    },
  };
}

/** Creates the event as staff and publishes it; returns its id, slug and the body it was created with. */
export async function publishedEvent(body: CreateEventBody): Promise<{ id: string; slug: string; body: CreateEventBody }> {
  const client = staff();
  const created = await client.POST("/api/v1/events", { body });
  assert.equal(created.response.status, 201, `creating the event: ${JSON.stringify(created.error)}`);
  assert.ok(created.data);
  const published = await client.POST("/api/v1/events/{id}/publish", {
    params: { path: { id: created.data.id } },
  });
  assert.equal(published.response.status, 200, `publishing the event: ${JSON.stringify(published.error)}`);
  assert.ok(etagOf(published), "a published event carries an ETag");
  return { id: created.data.id, slug: created.data.slug, body };
}

export function registration(email: string, name = "Chan Tai Man"): RegisterForEventBody {
  return {
    kind: "attendee",
    registrant: { name, email },
    consent: { statementVersion, language: "en" },
  };
}

/** The event's registrations with this email, as staff see them (what the database holds). */
export async function registrationsOf(eventId: string, email: string): Promise<Schemas["RegistrationResponse"][]> {
  const { data, error } = await staff().GET("/api/v1/events/{eventId}/registrations", {
    params: { path: { eventId }, query: { q: email, limit: 100 } },
  });
  assert.ok(data, `listing registrations: ${JSON.stringify(error)}`);
  return data.items.filter((r) => r.registrant.email.toLowerCase() === email.toLowerCase());
}

/**
 * `0 extends 1 & T` holds only for `any`. Checked at compile time: `const exact: IsAny<typeof x> = false;`
 * does not compile when `x` is `any`, so a loss of typing fails the build of the tests.
 */
export type IsAny<T> = 0 extends 1 & T ? true : false;
