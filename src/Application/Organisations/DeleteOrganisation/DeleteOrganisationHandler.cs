using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Auditing;
using Scc.Application.Trash;
using Scc.Domain.Common;
using Scc.Domain.Organisations;

namespace Scc.Application.Organisations.DeleteOrganisation;

public sealed class DeleteOrganisationHandler(IAppDbContext db, TimeProvider clock, AuditActor actor) : ICommandHandler<DeleteOrganisationCommand, Result>
{
    public async ValueTask<Result> Handle(DeleteOrganisationCommand command, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == command.Id, cancellationToken);
        if (organisation is null) return OrganisationErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != organisation.Version) return Error.PreconditionFailed;

        if (await TrashReferences.ForOrganisationAsync(db, organisation.Id, cancellationToken) is { } inUse) return inUse;
        // Into the trash (ADR 25): hidden everywhere, restorable until it is purged.
        organisation.MoveToTrash(clock.GetUtcNow(), actor.Id ?? AuditActor.System);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
