using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.People;

namespace Scc.Application.People.DeletePerson;

/// <summary>
/// Nothing refers to people yet. When speakers, signatories or judges come to point at people, check for
/// them here and answer <see cref="PersonErrors.InUse"/>.
/// </summary>
public sealed class DeletePersonHandler(IAppDbContext db) : ICommandHandler<DeletePersonCommand, Result>
{
    public async ValueTask<Result> Handle(DeletePersonCommand command, CancellationToken cancellationToken)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == command.Id, cancellationToken);
        if (person is null) return PersonErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != person.Version) return Error.PreconditionFailed;
        db.People.Remove(person);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
