using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Organisations;
using Scc.Domain.Programmes;

namespace Scc.Application.Programmes;

/// <summary>Checks that the organisations a programme body names exist, and that its slug is free.</summary>
internal static class ProgrammeReferences
{
    public static async Task<Error?> CheckAsync(IAppDbContext db, ProgrammeBody body, string slug, Guid? programmeId, CancellationToken cancellationToken)
    {
        var organisations = body.Organisations ?? [];
        if (organisations.Count > 0)
        {
            var wanted = organisations.Select(o => o.OrganisationId).Distinct().ToList();
            var existing = await db.Organisations.Where(o => wanted.Contains(o.Id)).Select(o => o.Id).ToListAsync(cancellationToken);
            for (var i = 0; i < organisations.Count; i++)
            {
                if (!existing.Contains(organisations[i].OrganisationId))
                    return OrganisationErrors.Missing($"organisations[{i}].organisationId");
            }
        }
        if (await db.Programmes.AnyAsync(p => p.Slug == slug && p.Id != programmeId, cancellationToken))
            return ProgrammeErrors.SlugTaken(slug);
        return null;
    }
}
