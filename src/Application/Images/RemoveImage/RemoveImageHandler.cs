using Mediator;
using Scc.Application.Common;
using Scc.Domain.Common;

namespace Scc.Application.Images.RemoveImage;

public sealed class RemoveImageHandler(IAppDbContext db, IImageStore store) : ICommandHandler<RemoveImageCommand, Result>
{
    public async ValueTask<Result> Handle(RemoveImageCommand command, CancellationToken cancellationToken)
    {
        var owner = await ImageOwners.FindAsync(db, command.Slot, command.OwnerId, cancellationToken);
        if (owner is null) return ImageOwners.NotFound(command.Slot);
        if (owner.UploadedImage is not { } image) return ImageOwners.NoImage(command.Slot);
        owner.ReplaceUploadedImage(null);
        await db.SaveChangesAsync(cancellationToken);
        await store.RemoveAsync(image.Id, cancellationToken);
        return Result.Success();
    }
}
