using Scc.Domain.Common;

namespace Scc.Domain.Organisations;

/// <summary>What an editor writes about an organisation.</summary>
public sealed record OrganisationDetails(
    string? Acronym, LocalizedText Name, OrganisationKind Kind, string? CountryCode, Uri? WebsiteUrl, Uri? LogoUrl,
    LocalizedText? Description = null);
