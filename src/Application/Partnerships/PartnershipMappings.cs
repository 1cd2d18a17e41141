using Mapster;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Partnerships;

namespace Scc.Application.Partnerships;

public sealed class PartnershipMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<Partnership, PartnershipResponse>()
            .Map(d => d.Scope, s => new PartnershipScope(s.ScopeKind, s.EventId, s.SeriesId, s.ProgrammeId))
            .Ignore(d => d.Status, d => d.OrganisationAcronym!, d => d.OrganisationName!);

    /// <summary>Names of the partners of a page of partnerships, in one query.</summary>
    internal static async Task<IReadOnlyDictionary<Guid, (string? Acronym, LocalizedText Name)>> OrganisationsAsync(
        IAppDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var rows = await db.Organisations.AsNoTracking().Where(o => wanted.Contains(o.Id))
            .Select(o => new { o.Id, o.Acronym, o.Name }).ToListAsync(cancellationToken);
        return rows.ToDictionary(o => o.Id, o => (o.Acronym, o.Name));
    }
}
