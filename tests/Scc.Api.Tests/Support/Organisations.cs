using Scc.Domain.Common;
using Scc.Domain.Organisations;

namespace Scc.Api.Tests.Support;

/// <summary>Organisations made straight in the database: their endpoints belong to another resource.</summary>
public static class Organisations
{
    public static async Task<Guid> AddOrganisationAsync(this ApiFactory api, string name, string? acronym = null)
    {
        var id = Guid.CreateVersion7();
        var slug = Slug.From(name) + "-" + id.ToString("N")[^8..];
        await api.WithDbAsync(db =>
        {
            db.Organisations.Add(Organisation.Create(id, slug,
                new OrganisationDetails(acronym, new LocalizedText(name, null), OrganisationKind.Other, "HK", null, null)));
            return db.SaveChangesAsync();
        });
        return id;
    }
}
