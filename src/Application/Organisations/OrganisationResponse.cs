using Scc.Application.Common;
using System.Text.Json.Serialization;
using Scc.Domain.Common;
using Scc.Domain.Organisations;

namespace Scc.Application.Organisations;

public sealed record OrganisationResponse : IVersioned
{
    public required Guid Id { get; init; }

    public required string Slug { get; init; }

    public string? Acronym { get; init; }

    public required LocalizedText Name { get; init; }

    public required OrganisationKind Kind { get; init; }

    public string? CountryCode { get; init; }

    /// <summary>What the organisation is and does.</summary>
    public LocalizedText? Description { get; init; }

    public Uri? WebsiteUrl { get; init; }

    public Uri? LogoUrl { get; init; }

    [JsonIgnore]
    public uint Version { get; init; }
}
