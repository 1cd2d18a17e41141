import type { Middleware } from "openapi-fetch";

/** An openapi-fetch answer (`{ data | error, response }`) or a bare `Response`. */
export type Answer = Response | { response: Response };

function responseOf(answer: Answer): Response {
  return "response" in answer ? answer.response : answer;
}

/** The `ETag` of an answer (single resources carry one), or `undefined`. */
export function etagOf(answer: Answer): string | undefined {
  return responseOf(answer).headers.get("ETag") ?? undefined;
}

/**
 * The `If-Match` header for a write (PUT, DELETE, a transition such as publish): the API answers 412
 * `precondition_failed` when the resource changed since `source` was read, so no change is lost.
 * `source` is the ETag itself or the answer that carried it:
 *
 *     await client.PUT("/api/v1/events/{id}", { params: { path: { id } }, body, headers: ifMatch(read) });
 */
export function ifMatch(source: string | Answer): { "If-Match": string } {
  const etag = typeof source === "string" ? source : etagOf(source);
  // Without an ETag the write would go through unconditionally: refuse rather than silently lose the check.
  if (etag === undefined || etag === "") throw new Error("ifMatch: the answer carries no ETag");
  return { "If-Match": etag };
}

export interface EtagCacheOptions {
  /** How many answers to keep (least recently used ones go first); 200 by default. */
  maxEntries?: number;
}

interface Entry {
  etag: string;
  body: string;
  headers: [string, string][];
}

const fromTheCache = new WeakSet<Response>();

/** True when the answer's body came from an `etagCache` after the API said 304 Not Modified. */
export function fromCache(answer: Answer): boolean {
  return fromTheCache.has(responseOf(answer));
}

// Headers that describe the bytes on the wire, not the representation: the cached body is decoded text.
const wireHeaders = new Set(["content-length", "content-encoding", "transfer-encoding"]);

/**
 * A middleware (`client.use(etagCache())`) that keeps JSON answers of GET requests with their ETag,
 * sends `If-None-Match` when asking again, and on 304 gives the kept body as a 200 answer, typed as
 * the operation's answer. Answers are kept per URL, credentials and `Accept-Language`, in memory.
 */
export function etagCache(options: EtagCacheOptions = {}): Middleware {
  const maxEntries = options.maxEntries ?? 200;
  const entries = new Map<string, Entry>();

  return {
    onRequest({ request }) {
      if (request.method !== "GET" || request.headers.has("If-None-Match")) return undefined;
      const entry = entries.get(keyOf(request));
      if (entry !== undefined) request.headers.set("If-None-Match", entry.etag);
      return request;
    },

    async onResponse({ request, response }) {
      if (request.method !== "GET") return undefined;
      const key = keyOf(request);
      const entry = entries.get(key);
      if (response.status === 304) {
        if (entry === undefined || request.headers.get("If-None-Match") !== entry.etag) return undefined;
        remember(key, entry);
        const headers = new Headers(entry.headers);
        // The 304 carries the current validators and freshness (RFC 9111, 4.3.4).
        response.headers.forEach((value, name) => {
          if (!wireHeaders.has(name)) headers.set(name, value);
        });
        const replay = new Response(entry.body, { status: 200, statusText: "OK", headers });
        fromTheCache.add(replay);
        return replay;
      }
      const etag = response.headers.get("ETag");
      if (response.status === 200 && etag !== null && isJson(response)) {
        const kept: [string, string][] = [];
        response.headers.forEach((value, name) => {
          if (!wireHeaders.has(name)) kept.push([name, value]);
        });
        remember(key, { etag, body: await response.clone().text(), headers: kept });
      } else if (entry !== undefined && response.status >= 400 && response.status < 500) {
        entries.delete(key); // gone, or no longer allowed: the kept body no longer stands for the resource
      }
      return undefined;
    },
  };

  function remember(key: string, entry: Entry): void {
    entries.delete(key); // re-inserting moves the key to the end: the Map's order is the use order
    entries.set(key, entry);
    for (const oldest of entries.keys()) {
      if (entries.size <= maxEntries) break;
      entries.delete(oldest);
    }
  }
}

// What changes the answer besides the URL: the caller (staff see drafts) and the language asked for.
function keyOf(request: Request): string {
  const h = request.headers;
  return JSON.stringify([request.url, h.get("Authorization"), h.get("X-Api-Key"), h.get("Accept-Language")]);
}

function isJson(response: Response): boolean {
  const type = response.headers.get("Content-Type") ?? "";
  return /^application\/([\w.+-]+\+)?json\b/i.test(type);
}
