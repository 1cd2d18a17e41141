/**
 * An error answer of the API (`application/problem+json`, RFC 9457), as every endpoint writes it.
 * `code` is the machine-readable reason (`event_full`, `already_registered`, `precondition_failed`...).
 */
export interface Problem<Code extends string = string> {
  type: string;
  title: string;
  status: number;
  detail: string;
  traceId: string;
  code: Code;
  /** For `validation_failed`: messages by JSON path of the field (`schedule.endsAt`, `answers[1].choices`). */
  errors?: Record<string, string[]>;
}

/** The codes `T` may carry: the document's `code` enum when it declares one, any string otherwise. */
export type ProblemCode<T> = [Extract<T, { code: string }>] extends [never] ? string : Extract<T, { code: string }>["code"];

/**
 * True when `value` is a problem answer (and, with `code`, one with that code). Typed from the value:
 * given an operation's `error`, `code` is checked against the codes its document declares.
 */
export function isProblem<T>(value: T): value is T & Problem<ProblemCode<T>>;
export function isProblem<T, C extends ProblemCode<T>>(value: T, code: C): value is T & Problem<C>;
export function isProblem(value: unknown, code?: string): boolean {
  if (typeof value !== "object" || value === null) return false;
  const problem = value as Record<string, unknown>;
  const shaped =
    typeof problem["type"] === "string" &&
    typeof problem["title"] === "string" &&
    typeof problem["status"] === "number" &&
    typeof problem["detail"] === "string" &&
    typeof problem["traceId"] === "string" &&
    typeof problem["code"] === "string" &&
    (problem["errors"] === undefined || isErrors(problem["errors"]));
  return shaped && (code === undefined || problem["code"] === code);
}

function isErrors(value: unknown): value is Record<string, string[]> {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.values(value).every((messages) => Array.isArray(messages) && messages.every((m) => typeof m === "string"))
  );
}

/** Thrown by the helpers that cannot hand an error answer back (`paginate`): the answer's status and body. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly status: number;
  /** The parsed body: a `Problem` when `isProblem(error.body)`. */
  readonly body: unknown;
  readonly response: Response;

  constructor(response: Response, body: unknown) {
    const code = isProblem(body) ? ` ${body.code}` : "";
    super(`${response.status}${code} from ${response.url || "the API"}`);
    this.status = response.status;
    this.body = body;
    this.response = response;
  }
}
