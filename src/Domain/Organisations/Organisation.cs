using Scc.Domain.Common;

namespace Scc.Domain.Organisations;

/// <summary>A body that appears in the consortium's activities: a bureau, a council, a university, a company...</summary>
public sealed class Organisation : TrashableEntity, IHasUploadedImage
{
    private Organisation(Guid id, string slug) : base(id) => Slug = slug;

    public string Slug { get; private set; }

    /// <summary>HKTDC, depa, HKSiA...; not unique, even within a country.</summary>
    public string? Acronym { get; private set; }

    public LocalizedText Name { get; private set; } = null!;

    public OrganisationKind Kind { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 code of its home country (HK, TH, CN...).</summary>
    public string? CountryCode { get; private set; }

    /// <summary>What the organisation is and does, in its own words where it has given them.</summary>
    public LocalizedText? Description { get; private set; }

    public Uri? WebsiteUrl { get; private set; }

    public Uri? LogoUrl { get; private set; }

    /// <summary>The logo uploaded for the organisation, in renditions the API serves.</summary>
    public UploadedImage? Logo { get; private set; }

    UploadedImage? IHasUploadedImage.UploadedImage => Logo;

    void IHasUploadedImage.ReplaceUploadedImage(UploadedImage? image) => Logo = image;

    public static Organisation Create(Guid id, string slug, OrganisationDetails details)
    {
        var organisation = new Organisation(id, slug);
        organisation.Update(slug, details);
        return organisation;
    }

    public void Update(string slug, OrganisationDetails details)
    {
        Slug = slug;
        Acronym = string.IsNullOrWhiteSpace(details.Acronym) ? null : details.Acronym.Trim();
        Name = details.Name;
        Kind = details.Kind;
        CountryCode = details.CountryCode?.ToUpperInvariant();
        Description = details.Description;
        WebsiteUrl = details.WebsiteUrl;
        LogoUrl = details.LogoUrl;
    }
}
