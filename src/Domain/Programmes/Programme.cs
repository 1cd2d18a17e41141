using Scc.Domain.Common;

namespace Scc.Domain.Programmes;

/// <summary>A standing initiative that hosts events, such as the GeoLab.</summary>
public sealed class Programme : TrashableEntity
{
    private Programme(Guid id, string slug) : base(id) => Slug = slug;

    public string Slug { get; private set; }

    public LocalizedText Name { get; private set; } = null!;

    public LocalizedText? Description { get; private set; }

    public Uri? WebsiteUrl { get; private set; }

    /// <summary>Owned rows in their own table: EF Core adds to this list when it loads it, so it must be a list.</summary>
    public IReadOnlyList<ProgrammeOrganisation> Organisations { get; private set; } = new List<ProgrammeOrganisation>();

    public static Result<Programme> Create(Guid id, string slug, LocalizedText name, LocalizedText? description, Uri? websiteUrl, IReadOnlyList<ProgrammeOrganisation> organisations)
    {
        var programme = new Programme(id, slug);
        var updated = programme.Update(slug, name, description, websiteUrl, organisations);
        return updated.IsSuccess ? programme : updated.Error!;
    }

    public Result Update(string slug, LocalizedText name, LocalizedText? description, Uri? websiteUrl, IReadOnlyList<ProgrammeOrganisation> organisations)
    {
        for (var i = 0; i < organisations.Count; i++)
        {
            if (organisations.Take(i).Contains(organisations[i]))
                return Error.Invalid($"organisations[{i}]", "The same organisation is listed twice in the same role.");
        }
        Slug = slug;
        Name = name;
        Description = description;
        WebsiteUrl = websiteUrl;
        Organisations = organisations.ToList();
        return Result.Success();
    }
}
