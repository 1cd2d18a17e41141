using Scc.Domain.Common;

namespace Scc.Domain.Programmes;

/// <summary>
/// A public funding scheme (TSF, the ITC General Support Programme...) whose disclaimer must appear
/// wherever a funded event is published.
/// </summary>
public sealed class FundingProgramme : Entity
{
    private FundingProgramme(Guid id, string slug) : base(id) => Slug = slug;

    public string Slug { get; private set; }

    public string? Acronym { get; private set; }

    public LocalizedText Name { get; private set; } = null!;

    /// <summary>The body that runs the scheme (the Trade and Industry Department, the ITC...).</summary>
    public Guid? FunderOrganisationId { get; private set; }

    public LocalizedText Disclaimer { get; private set; } = null!;

    public static FundingProgramme Create(Guid id, string slug, string? acronym, LocalizedText name, Guid? funderOrganisationId, LocalizedText disclaimer)
    {
        var programme = new FundingProgramme(id, slug);
        programme.Update(slug, acronym, name, funderOrganisationId, disclaimer);
        return programme;
    }

    public void Update(string slug, string? acronym, LocalizedText name, Guid? funderOrganisationId, LocalizedText disclaimer)
    {
        Slug = slug;
        Acronym = string.IsNullOrWhiteSpace(acronym) ? null : acronym.Trim();
        Name = name;
        FunderOrganisationId = funderOrganisationId;
        Disclaimer = disclaimer;
    }
}
