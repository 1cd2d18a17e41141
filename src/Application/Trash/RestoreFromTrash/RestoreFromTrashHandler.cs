using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;

namespace Scc.Application.Trash.RestoreFromTrash;

/// <summary>
/// Restores a trashed resource. Nothing can stand in its way: its slug stayed reserved, and whatever it refers to could
/// not be deleted meanwhile, since the reference checks count trashed referrers (ADR 25).
/// </summary>
public sealed class RestoreFromTrashHandler(IAppDbContext db) : ICommandHandler<RestoreFromTrashCommand, Result>
{
    public async ValueTask<Result> Handle(RestoreFromTrashCommand command, CancellationToken cancellationToken)
    {
        var item = await TrashTypes.Trashed(db, command.Type).FirstOrDefaultAsync(e => e.Id == command.Id, cancellationToken);
        if (item is null) return Error.NotFound("The resource in the trash");
        item.Restore();
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
