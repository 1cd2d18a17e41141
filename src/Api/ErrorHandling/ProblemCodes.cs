namespace Scc.Api.ErrorHandling;

/// <summary>The machine-readable <c>code</c> of problems the pipeline produces itself.</summary>
public static class ProblemCodes
{
    public const string ValidationFailed = "validation_failed";
    public const string MalformedRequest = "malformed_request";
    public const string PreconditionFailed = "precondition_failed";
    public const string Conflict = "conflict";
    public const string DatabaseUnavailable = "database_unavailable";
    public const string RequestTimeout = "request_timeout";
    public const string InternalError = "internal_error";

    /// <summary>A code for a status that carries none of its own (a 404 from routing, a 401 from authentication).</summary>
    public static string ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => MalformedRequest,
        StatusCodes.Status401Unauthorized => "unauthorized",
        StatusCodes.Status403Forbidden => "forbidden",
        StatusCodes.Status404NotFound => "not_found",
        StatusCodes.Status405MethodNotAllowed => "method_not_allowed",
        StatusCodes.Status406NotAcceptable => "not_acceptable",
        StatusCodes.Status409Conflict => Conflict,
        StatusCodes.Status412PreconditionFailed => PreconditionFailed,
        StatusCodes.Status413PayloadTooLarge => "payload_too_large",
        StatusCodes.Status415UnsupportedMediaType => "unsupported_media_type",
        StatusCodes.Status429TooManyRequests => "rate_limited",
        StatusCodes.Status503ServiceUnavailable => DatabaseUnavailable,
        _ => status >= 500 ? InternalError : "error",
    };
}
