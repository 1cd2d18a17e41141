using Scc.Application.Common;
using System.Text.Json.Serialization;
using Scc.Domain.Common;

namespace Scc.Application.Programmes;

/// <summary>A programme as the API returns it.</summary>
public sealed record ProgrammeResponse : IVersioned
{
    public required Guid Id { get; init; }

    public required string Slug { get; init; }

    public required LocalizedText Name { get; init; }

    public LocalizedText? Description { get; init; }

    public Uri? WebsiteUrl { get; init; }

    /// <summary>The organisations involved, by role (organiser first) and then by English name.</summary>
    public IReadOnlyList<ProgrammeOrganisationResponse> Organisations { get; init; } = [];

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The row version, sent as the ETag header rather than in the body.</summary>
    [JsonIgnore]
    public uint Version { get; init; }
}
