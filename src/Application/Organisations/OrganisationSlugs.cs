using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;

namespace Scc.Application.Organisations;

internal static class OrganisationSlugs
{
    /// <summary>The slug itself when free, else the slug with the first free number appended.</summary>
    public static async Task<string> FreeAsync(IAppDbContext db, string baseSlug, CancellationToken cancellationToken)
    {
        var taken = await db.Organisations.Where(o => o.Slug == baseSlug || o.Slug.StartsWith(baseSlug + "-"))
            .Select(o => o.Slug).ToListAsync(cancellationToken);
        if (!taken.Contains(baseSlug)) return baseSlug;
        var n = 2;
        while (taken.Contains($"{baseSlug}-{n}")) n++;
        return $"{baseSlug}-{n}";
    }
}
