using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.People;
using Scc.Application.People.GetPerson;

namespace Scc.Application.DirectoryExport;

public sealed class ExportPeopleHandler(IAppDbContext db, TypeAdapterConfig mapping, TimeProvider clock, PublicAddress address) : IQueryHandler<ExportPeopleQuery, IReadOnlyList<PersonResponse>>
{
    public async ValueTask<IReadOnlyList<PersonResponse>> Handle(ExportPeopleQuery query, CancellationToken cancellationToken)
    {
        var people = await db.People.AsNoTracking().OrderBy(p => p.Slug).ProjectToType<PersonResponse>(mapping).ToListAsync(cancellationToken);
        var today = PersonDates.Today(clock);
        return [.. people.Select(p => p.WithTitles(today, on: null).WithPortrait(address))];
    }
}
