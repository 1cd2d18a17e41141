using Scc.Application.Common;
using Scc.Application.Images;
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

    /// <summary>The uploaded logo in its renditions (<c>PUT /api/v1/organisations/{id}/logo</c>); null when none was uploaded.</summary>
    public ImageResponse? Logo { get; init; }

    /// <summary>The logo as stored, before its addresses are known.</summary>
    [JsonIgnore]
    public UploadedImage? StoredLogo { get; init; }

    /// <summary>This response with its logo's addresses on <paramref name="address"/>.</summary>
    public OrganisationResponse WithLogo(PublicAddress address) => this with { Logo = ImageResponse.Describe(StoredLogo, address), StoredLogo = null };

    [JsonIgnore]
    public uint Version { get; init; }
}
