using Mapster;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Programmes;

namespace Scc.Application.Programmes;

/// <summary>Programmes as responses, their organisations named with one query for all of them.</summary>
internal static class ProgrammeResponses
{
    public static async Task<List<ProgrammeResponse>> BuildAsync(
        IAppDbContext db, TypeAdapterConfig mapping, IReadOnlyList<Programme> programmes, CancellationToken cancellationToken)
    {
        var ids = programmes.SelectMany(p => p.Organisations).Select(o => o.OrganisationId).Distinct().ToList();
        var organisations = ids.Count == 0
            ? []
            : await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id))
                .Select(o => new { o.Id, o.Name, o.Acronym }).ToDictionaryAsync(o => o.Id, cancellationToken);
        return
        [
            .. programmes.Select(programme => programme.Adapt<ProgrammeResponse>(mapping) with
            {
                Organisations =
                [
                    .. programme.Organisations
                        // The foreign key keeps every organisation of a programme in the table.
                        .Where(o => organisations.ContainsKey(o.OrganisationId))
                        .Select(o => new ProgrammeOrganisationResponse
                        {
                            OrganisationId = o.OrganisationId,
                            Role = o.Role,
                            Name = organisations[o.OrganisationId].Name,
                            Acronym = organisations[o.OrganisationId].Acronym,
                        })
                        .OrderBy(o => o.Role).ThenBy(o => o.Name.En ?? o.Name.ZhHant, StringComparer.OrdinalIgnoreCase),
                ],
            }),
        ];
    }
}
