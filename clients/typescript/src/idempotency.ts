import type { FetchResponse } from "openapi-fetch";
import type { SccClient } from "./client.js";
import type { paths } from "./schema.js";

export interface RetryOptions {
  /**
   * The `Idempotency-Key` to send; a new UUID when not given. Keep it (with the body) where a page reload
   * finds it, and a submission interrupted by the reload can be sent again safely.
   */
  idempotencyKey?: string;
  /** How many times to send the request at most; 3 by default. */
  maxAttempts?: number;
  /** The wait before the first retry, doubled for each further one, when the API gives no Retry-After; 500 ms by default. */
  retryDelayMs?: number;
  /** Ends the waiting and the retries (and the request in flight, for `registerForEvent`). */
  signal?: AbortSignal;
}

/** Retry-After is honoured up to this; a longer outage is the caller's to handle. */
const maxRetryAfterMs = 30_000;

/**
 * Sends a write that the API makes idempotent with `Idempotency-Key`, and sends it again with the SAME
 * key when no answer came back (a network error) or the answer was 503: the API replays the first
 * answer for a key it has seen, so a retry can never apply the write twice. Other answers, errors
 * included, are returned as they are, with the key that was used.
 */
export async function sendIdempotent<A extends { response: Response }>(
  send: (idempotencyKey: string) => Promise<A>,
  options: RetryOptions = {},
): Promise<A & { idempotencyKey: string }> {
  const idempotencyKey = options.idempotencyKey ?? crypto.randomUUID();
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  const retryDelayMs = options.retryDelayMs ?? 500;
  for (let attempt = 1; ; attempt++) {
    let answer: A;
    try {
      answer = await send(idempotencyKey);
    } catch (error) {
      // fetch rejects with a TypeError when no answer arrived (refused, reset, lost on the way back): the
      // write may or may not have been applied, which is exactly the case the key makes safe to retry.
      if (!(error instanceof TypeError) || attempt >= maxAttempts || options.signal?.aborted) throw error;
      await sleep(retryDelayMs * 2 ** (attempt - 1), options.signal);
      continue;
    }
    if (answer.response.status !== 503 || attempt >= maxAttempts) return { ...answer, idempotencyKey };
    await sleep(retryAfterMs(answer.response) ?? retryDelayMs * 2 ** (attempt - 1), options.signal);
  }
}

type RegisterOperation = paths["/api/v1/events/{eventId}/registrations"]["post"];

/** The body of a registration (or an exhibitor application). */
export type RegisterForEventBody = NonNullable<RegisterOperation["requestBody"]>["content"]["application/json"];

/** The API's answer to a registration (`data` on 201, `error` otherwise), with the key that was sent. */
export type RegisterForEventAnswer = FetchResponse<RegisterOperation, {}, `${string}/${string}`> & {
  idempotencyKey: string;
};

/**
 * Registers for an event (`POST /api/v1/events/{eventId}/registrations`) with an `Idempotency-Key`,
 * retried as `sendIdempotent` says: a flaky connection can never register the person twice.
 */
export function registerForEvent(
  client: SccClient,
  eventId: string,
  body: RegisterForEventBody,
  options: RetryOptions = {},
): Promise<RegisterForEventAnswer> {
  return sendIdempotent(
    (key) =>
      client.POST("/api/v1/events/{eventId}/registrations", {
        params: { path: { eventId }, header: { "Idempotency-Key": key } },
        body,
        ...(options.signal !== undefined && { signal: options.signal }),
      }),
    options,
  );
}

function retryAfterMs(response: Response): number | undefined {
  const value = response.headers.get("Retry-After");
  if (value === null) return undefined;
  const ms = /^\d+$/.test(value.trim()) ? Number(value) * 1000 : Date.parse(value) - Date.now();
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), maxRetryAfterMs) : undefined;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const done = () => {
      signal?.removeEventListener("abort", abort);
      resolve();
    };
    const abort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", abort, { once: true });
  });
}
