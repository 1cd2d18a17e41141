using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Auditing;
using Scc.Application.Trash;
using Scc.Domain.Common;
using Scc.Domain.People;

namespace Scc.Application.People.DeletePerson;

/// <summary>Deletes a person that no event, delegation or MoU refers to.</summary>
public sealed class DeletePersonHandler(IAppDbContext db, TimeProvider clock, AuditActor actor) : ICommandHandler<DeletePersonCommand, Result>
{
    public async ValueTask<Result> Handle(DeletePersonCommand command, CancellationToken cancellationToken)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == command.Id, cancellationToken);
        if (person is null) return PersonErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != person.Version) return Error.PreconditionFailed;
        if (await TrashReferences.ForPersonAsync(db, person.Id, cancellationToken) is { } inUse) return inUse;
        // Into the trash (ADR 25): hidden everywhere, restorable until it is purged.
        person.MoveToTrash(clock.GetUtcNow(), actor.Id ?? AuditActor.System);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
