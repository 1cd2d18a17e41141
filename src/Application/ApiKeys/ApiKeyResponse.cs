using System.Linq.Expressions;
using Scc.Application.Common;
using Scc.Domain.ApiKeys;

namespace Scc.Application.ApiKeys;

/// <summary>An API key as admins see it: never the secret, only its visible prefix.</summary>
/// <param name="Prefix">The visible start of the key (<c>scc_</c> and its public id), to recognise a key found in a script or a log.</param>
/// <param name="EventId">When set, the key sees and changes only this event's registrations.</param>
/// <param name="CreatedBy">The subject of the staff token that created it.</param>
/// <param name="RevokedAt">Set once the key is revoked; a revoked key gets 401.</param>
public sealed record ApiKeyResponse(
    Guid Id,
    string Name,
    string Prefix,
    IReadOnlyList<string> Scopes,
    Guid? EventId,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt,
    uint Version) : IVersioned
{
    public static Expression<Func<ApiKey, ApiKeyResponse>> Projection { get; } = k => new ApiKeyResponse(
        k.Id, k.Name, k.Prefix, k.Scopes, k.EventId, k.CreatedBy, k.CreatedAt, k.ExpiresAt, k.RevokedAt, k.Version);

    private static readonly Func<ApiKey, ApiKeyResponse> FromEntity = Projection.Compile();

    public static ApiKeyResponse From(ApiKey key) => FromEntity(key);
}
