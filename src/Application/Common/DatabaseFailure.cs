namespace Scc.Application.Common;

/// <summary>What a failed database call means for the caller.</summary>
/// <param name="Code">The problem code when the failure has a meaning of its own (<c>slug_taken</c>, <c>organisation_in_use</c>...), else null.</param>
/// <param name="Detail">A sentence for the client, written for it: never the database's own message.</param>
public sealed record DatabaseFailure(DatabaseFailureKind Kind, string? Code, string Detail);
