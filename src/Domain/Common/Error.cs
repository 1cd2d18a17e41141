namespace Scc.Domain.Common;

/// <summary>An expected failure: a machine-readable code, a sentence for people, and its kind.</summary>
/// <param name="Field">For validation failures, the camelCase path of the field at fault.</param>
public sealed record Error(string Code, string Description, ErrorKind Kind, string? Field = null)
{
    public static Error NotFound(string what) =>
        new("not_found", $"{what} was not found.", ErrorKind.NotFound);

    public static Error Conflict(string code, string description) =>
        new(code, description, ErrorKind.Conflict);

    public static Error Invalid(string field, string description) =>
        new("validation_failed", description, ErrorKind.Validation, field);

    public static Error PreconditionFailed { get; } = new(
        "precondition_failed",
        "The resource has changed since it was read; fetch it again and retry with its new ETag.",
        ErrorKind.PreconditionFailed);
}
