using Scc.Domain.Common;

namespace Scc.Application.Common.Idempotency;

/// <summary>A result as stored for replay: the value, or the expected failure.</summary>
public sealed record StoredOutcome<T>(T? Value, string? Code = null, string? Description = null, ErrorKind? Kind = null, string? Field = null)
{
    public static StoredOutcome<T> From(Result<T> result) =>
        result.IsSuccess ? new(result.Value) : new(default, result.Error!.Code, result.Error.Description, result.Error.Kind, result.Error.Field);

    public Result<T> ToResult() =>
        Code is null ? Result<T>.Success(Value!) : new Error(Code, Description!, Kind!.Value, Field);
}
