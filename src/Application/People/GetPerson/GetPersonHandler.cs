using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.People;

namespace Scc.Application.People.GetPerson;

public sealed class GetPersonHandler(IAppDbContext db, TypeAdapterConfig mapping, TimeProvider clock, PublicAddress address)
    : IQueryHandler<GetPersonQuery, Result<PersonResponse>>
{
    public async ValueTask<Result<PersonResponse>> Handle(GetPersonQuery query, CancellationToken cancellationToken)
    {
        var found = await db.People.AsNoTracking().Where(p => p.Id == query.Id)
            .ProjectToType<PersonResponse>(mapping).FirstOrDefaultAsync(cancellationToken);
        if (found is null) return PersonErrors.NotFound;
        // The validator has refused a malformed day.
        var on = PersonDates.TryParse(query.On, out var day) ? day : null;
        return found.WithTitles(PersonDates.Today(clock), on).WithPortrait(address);
    }
}
