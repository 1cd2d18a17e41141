using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Organisations;
using Scc.Domain.People;

namespace Scc.Application.People;

/// <summary>Checks that the organisations a person body points at exist, and that its slug is free.</summary>
internal static class PersonReferences
{
    public static async Task<Error?> CheckAsync(IAppDbContext db, PersonBody body, string slug, Guid? personId, CancellationToken cancellationToken)
    {
        var appointments = body.Appointments ?? [];
        var wanted = AppointmentHistory.OrganisationIds(appointments);
        if (wanted.Count > 0)
        {
            var existing = await db.Organisations.Where(o => wanted.Contains(o.Id)).Select(o => o.Id).ToListAsync(cancellationToken);
            for (var i = 0; i < appointments.Count; i++)
            {
                if (appointments[i].OrganisationId is { } id && !existing.Contains(id))
                    return OrganisationErrors.Missing($"appointments[{i}].organisationId");
            }
        }
        if (await db.People.AnyAsync(p => p.Slug == slug && p.Id != personId, cancellationToken))
            return PersonErrors.SlugTaken(slug);
        return null;
    }
}
