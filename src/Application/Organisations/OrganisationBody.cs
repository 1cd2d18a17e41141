using Scc.Domain.Common;
using Scc.Domain.Organisations;

namespace Scc.Application.Organisations;

/// <summary>What an editor sends to create or replace an organisation.</summary>
public abstract record OrganisationBody
{
    /// <summary>Made from the acronym or English name when left out.</summary>
    public string? Slug { get; init; }

    public string? Acronym { get; init; }

    public required LocalizedText Name { get; init; }

    public required OrganisationKind Kind { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code of its home country, e.g. HK or TH.</summary>
    public string? CountryCode { get; init; }

    /// <summary>What the organisation is and does.</summary>
    public LocalizedText? Description { get; init; }

    public Uri? WebsiteUrl { get; init; }

    public Uri? LogoUrl { get; init; }

    public OrganisationDetails ToDetails() => new(Acronym, Name, Kind, CountryCode, WebsiteUrl, LogoUrl, Description);

    public string SlugOrDefault() =>
        Slug ?? (Domain.Common.Slug.From(Acronym) is { Length: > 0 } fromAcronym ? fromAcronym
            : Domain.Common.Slug.From(Name.En) is { Length: > 0 } fromName ? fromName : "organisation");
}
