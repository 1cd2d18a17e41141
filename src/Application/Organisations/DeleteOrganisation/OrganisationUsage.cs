using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.People.ListPeople;

namespace Scc.Application.Organisations.DeleteOrganisation;

/// <summary>
/// What still refers to an organisation, in words, so that a refused delete says what to fix; referrers in the trash
/// count too, since they may be restored (ADR 25).
/// </summary>
internal static class OrganisationUsage
{
    public static async Task<string?> DescribeAsync(IAppDbContext db, Guid organisationId, CancellationToken cancellationToken)
    {
        var counts = new List<(int Count, string What)>
        {
            (await db.Events.IgnoreQueryFilters().CountAsync(e => e.Organisations.Any(o => o.OrganisationId == organisationId), cancellationToken), "event"),
            (await db.Programmes.IgnoreQueryFilters().CountAsync(p => p.Organisations.Any(o => o.OrganisationId == organisationId), cancellationToken), "programme"),
            (await db.FundingProgrammes.CountAsync(f => f.FunderOrganisationId == organisationId, cancellationToken), "funding programme"),
            (await db.Partnerships.IgnoreQueryFilters().CountAsync(p => p.OrganisationId == organisationId, cancellationToken), "partnership"),
            (await db.Delegations.IgnoreQueryFilters().CountAsync(d => d.OrganisationIds.Contains(organisationId), cancellationToken), "delegation"),
            (await db.Mous.IgnoreQueryFilters().CountAsync(m => m.PartyOrganisationIds.Contains(organisationId) || m.FacilitatorOrganisationId == organisationId, cancellationToken), "MoU"),
            (await db.People.IgnoreQueryFilters().CountAsync(p => EF.Functions.Like(EF.Property<string>(p, ListPeopleHandler.OrganisationIdsColumn), "%" + organisationId + "%"), cancellationToken), "person's appointment"),
        };
        var used = counts.Where(c => c.Count > 0).Select(c => $"{c.Count} {c.What}{(c.Count == 1 ? "" : "s")}").ToList();
        return used.Count == 0 ? null : string.Join(", ", used);
    }
}
