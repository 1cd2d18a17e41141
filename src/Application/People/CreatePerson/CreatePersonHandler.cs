using Mediator;
using Scc.Application.Common;
using Scc.Application.People.GetPerson;
using Scc.Domain.Common;
using Scc.Domain.People;

namespace Scc.Application.People.CreatePerson;

public sealed class CreatePersonHandler(IAppDbContext db, IMediator mediator) : ICommandHandler<CreatePersonCommand, Result<PersonResponse>>
{
    public async ValueTask<Result<PersonResponse>> Handle(CreatePersonCommand command, CancellationToken cancellationToken)
    {
        var slug = command.Slug ?? await SlugAllocation.FreeAsync(db.People.Select(p => p.Slug), command.SlugFromName(), cancellationToken);
        if (await PersonReferences.CheckAsync(db, command, slug, personId: null, cancellationToken) is { } error) return error;

        var created = Person.Create(Guid.CreateVersion7(), slug, command.Name, command.Honorific, command.Appointments ?? []);
        if (!created.IsSuccess) return created.Error!;
        db.People.Add(created.Value);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetPersonQuery(created.Value.Id), cancellationToken);
    }
}
