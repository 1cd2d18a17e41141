namespace Scc.Domain.Common;

/// <summary>What kind of failure an <see cref="Error"/> is; the API maps each kind to one HTTP status.</summary>
public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    PreconditionFailed,
    Forbidden,

    /// <summary>Well-formed but refused as it stands (an idempotency key reused for another request).</summary>
    Unprocessable,

    /// <summary>Existed, and is no longer there for good (an expired or revoked link).</summary>
    Gone,

    /// <summary>The body is larger than the operation takes (an uploaded file over its limit).</summary>
    TooLarge,

    /// <summary>The body is not of a type the operation takes (an upload that is no image it accepts).</summary>
    UnsupportedMediaType,
}
