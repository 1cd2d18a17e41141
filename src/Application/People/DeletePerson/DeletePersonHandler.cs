using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.People;

namespace Scc.Application.People.DeletePerson;

/// <summary>Deletes a person that no event, delegation or MoU refers to.</summary>
public sealed class DeletePersonHandler(IAppDbContext db) : ICommandHandler<DeletePersonCommand, Result>
{
    public async ValueTask<Result> Handle(DeletePersonCommand command, CancellationToken cancellationToken)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == command.Id, cancellationToken);
        if (person is null) return PersonErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != person.Version) return Error.PreconditionFailed;
        if (await db.Events.AnyAsync(e => e.PersonIds.Contains(person.Id), cancellationToken)) return PersonErrors.InUse("an event (as a speaker)");
        if (await db.Delegations.AnyAsync(d => d.PersonIds.Contains(person.Id), cancellationToken)) return PersonErrors.InUse("a delegation");
        // Signatories live inside each MoU's parties; MoUs are few, so they are checked in memory.
        var parties = await db.Mous.AsNoTracking().Select(m => m.Parties).ToListAsync(cancellationToken);
        if (parties.Any(list => list.Any(p => p.Signatory?.PersonId == person.Id))) return PersonErrors.InUse("an MoU");
        db.People.Remove(person);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
