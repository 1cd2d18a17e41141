using Scc.Application.Common;
using System.Text.Json.Serialization;
using Scc.Domain.Common;

namespace Scc.Application.FundingProgrammes;

/// <summary>A funding programme as the API returns it.</summary>
public sealed record FundingProgrammeResponse : IVersioned
{
    public required Guid Id { get; init; }

    public required string Slug { get; init; }

    public string? Acronym { get; init; }

    public required LocalizedText Name { get; init; }

    /// <summary>The organisation that runs the scheme.</summary>
    public Guid? FunderOrganisationId { get; init; }

    /// <summary>The text every funded event must carry.</summary>
    public required LocalizedText Disclaimer { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The row version, sent as the ETag header rather than in the body.</summary>
    [JsonIgnore]
    public uint Version { get; init; }
}
