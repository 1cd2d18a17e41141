// The package's public surface: the generated types, the client, and the few helpers every user would
// otherwise write themselves.
export type { paths, components, operations } from "./schema.js";
export { createSccClient, type SccClient, type SccClientOptions, type Credential } from "./client.js";
export { paginate, type Page, type PageRequest, type PageAnswer } from "./paginate.js";
export { etagCache, etagOf, ifMatch, fromCache, type EtagCacheOptions, type Answer } from "./etag.js";
export { isProblem, ApiError, type Problem, type ProblemCode } from "./problem.js";
export {
  sendIdempotent,
  registerForEvent,
  type RetryOptions,
  type RegisterForEventBody,
  type RegisterForEventAnswer,
} from "./idempotency.js";

import type { components } from "./schema.js";

/** The document's schemas by name: `Schemas["EventResponse"]`. */
export type Schemas = components["schemas"];
