using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Auditing;
using Scc.Application.Trash;
using Scc.Domain.Common;
using Scc.Domain.Programmes;

namespace Scc.Application.Programmes.DeleteProgramme;

public sealed class DeleteProgrammeHandler(IAppDbContext db, TimeProvider clock, AuditActor actor) : ICommandHandler<DeleteProgrammeCommand, Result>
{
    public async ValueTask<Result> Handle(DeleteProgrammeCommand command, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.FirstOrDefaultAsync(p => p.Id == command.Id, cancellationToken);
        if (programme is null) return ProgrammeErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != programme.Version) return Error.PreconditionFailed;
        if (await TrashReferences.ForProgrammeAsync(db, programme.Id, cancellationToken) is { } inUse) return inUse;
        // Into the trash (ADR 25): hidden everywhere, restorable until it is purged.
        programme.MoveToTrash(clock.GetUtcNow(), actor.Id ?? AuditActor.System);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
