using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.People.GetPerson;
using Scc.Domain.Common;
using Scc.Domain.People;

namespace Scc.Application.People.UpdatePerson;

public sealed class UpdatePersonHandler(IAppDbContext db, IMediator mediator) : ICommandHandler<UpdatePersonCommand, Result<PersonResponse>>
{
    public async ValueTask<Result<PersonResponse>> Handle(UpdatePersonCommand command, CancellationToken cancellationToken)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == command.Id, cancellationToken);
        if (person is null) return PersonErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != person.Version) return Error.PreconditionFailed;

        var slug = command.Slug ?? person.Slug;
        if (await PersonReferences.CheckAsync(db, command, slug, person.Id, cancellationToken) is { } error) return error;
        var updated = person.Update(slug, command.Name, command.Honorific, command.Appointments ?? []);
        if (!updated.IsSuccess) return updated.Error!;
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetPersonQuery(person.Id), cancellationToken);
    }
}
