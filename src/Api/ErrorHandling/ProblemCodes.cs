namespace Scc.Api.ErrorHandling;

/// <summary>The machine-readable <c>code</c> of problems the pipeline produces itself.</summary>
public static class ProblemCodes
{
    public const string ValidationFailed = "validation_failed";
    public const string MalformedRequest = "malformed_request";
    public const string Unauthorized = "unauthorized";
    public const string Forbidden = "forbidden";
    public const string NotFound = "not_found";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string NotAcceptable = "not_acceptable";
    public const string RequestBodyTimeout = "request_body_timeout";
    public const string Conflict = "conflict";
    public const string PreconditionFailed = "precondition_failed";
    public const string PayloadTooLarge = "payload_too_large";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string RateLimited = "rate_limited";
    public const string DatabaseUnavailable = "database_unavailable";
    public const string RequestTimeout = "request_timeout";
    public const string InternalError = "internal_error";

    /// <summary>A client error for which no status above has a code of its own.</summary>
    public const string Error = "error";

    /// <summary>A code for a status that carries none of its own (a 404 from routing, a 401 from authentication).</summary>
    public static string ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => MalformedRequest,
        StatusCodes.Status401Unauthorized => Unauthorized,
        StatusCodes.Status403Forbidden => Forbidden,
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
        StatusCodes.Status406NotAcceptable => NotAcceptable,
        // Kestrel's refusal of a body that arrives slower than its minimum data rate.
        StatusCodes.Status408RequestTimeout => RequestBodyTimeout,
        StatusCodes.Status409Conflict => Conflict,
        StatusCodes.Status412PreconditionFailed => PreconditionFailed,
        StatusCodes.Status413PayloadTooLarge => PayloadTooLarge,
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => RateLimited,
        StatusCodes.Status503ServiceUnavailable => DatabaseUnavailable,
        _ => status >= 500 ? InternalError : Error,
    };
}
