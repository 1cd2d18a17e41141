import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { paths } from "./schema.js";

/** The typed client: `GET`, `POST`, `PUT`, `DELETE`... over every path of the API's OpenAPI document. */
export type SccClient = Client<paths>;

/**
 * A token or an API key, or a function that gives the current one: a function is called before every
 * request, so a short-lived staff token can be renewed without making a new client.
 */
export type Credential = string | (() => string | undefined | Promise<string | undefined>);

export interface SccClientOptions {
  /** The API's origin, e.g. `https://api.example.org` (the paths carry `/api/v1`). */
  baseUrl: string;
  /** A staff token, sent as `Authorization: Bearer <token>`. */
  token?: Credential;
  /** An integration key, sent as `X-Api-Key`. */
  apiKey?: Credential;
  /** Headers for every request, e.g. `{ "Accept-Language": "zh-Hant" }`. */
  headers?: Record<string, string>;
  /** The fetch to use (tests, proxies, retries of your own); `globalThis.fetch` by default. */
  fetch?: (request: Request) => Promise<Response>;
}

/** Creates the typed client, with the API's authentication and query conventions already set. */
export function createSccClient(options: SccClientOptions): SccClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.headers !== undefined && { headers: options.headers }),
    ...(options.fetch !== undefined && { fetch: options.fetch }),
    // The API takes several values of a filter comma-separated (`type=seminar,training`): OpenAPI's
    // style form without explode, not openapi-fetch's default of repeating the parameter.
    querySerializer: { array: { style: "form", explode: false } },
  });
  if (options.token !== undefined || options.apiKey !== undefined) {
    client.use(credentials(options.token, options.apiKey));
  }
  return client;
}

function credentials(token: Credential | undefined, apiKey: Credential | undefined): Middleware {
  return {
    async onRequest({ request }) {
      const bearer = await current(token);
      const key = await current(apiKey);
      // A header given for one request (another user's token, say) wins over the client's own.
      if (bearer !== undefined && !request.headers.has("Authorization")) {
        request.headers.set("Authorization", `Bearer ${bearer}`);
      }
      if (key !== undefined && !request.headers.has("X-Api-Key")) {
        request.headers.set("X-Api-Key", key);
      }
      return request;
    },
  };
}

async function current(credential: Credential | undefined): Promise<string | undefined> {
  const value = typeof credential === "function" ? await credential() : credential;
  return value === "" ? undefined : value;
}
