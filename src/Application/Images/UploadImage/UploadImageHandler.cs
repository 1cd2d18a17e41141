using Mediator;
using Scc.Application.Common;
using Scc.Domain.Common;

namespace Scc.Application.Images.UploadImage;

/// <summary>
/// Checks the file and makes its renditions before the database is touched (decoding takes time no transaction should
/// hold), then stores the renditions, points the content at the new image and removes the replaced image's renditions in
/// one transaction: a failure anywhere leaves nothing stored and the old image in place.
/// </summary>
public sealed class UploadImageHandler(IAppDbContext db, IImageProcessor processor, IImageStore store, ITransactionRunner transactions, PublicAddress address)
    : ICommandHandler<UploadImageCommand, Result<ImageResponse>>
{
    public async ValueTask<Result<ImageResponse>> Handle(UploadImageCommand command, CancellationToken cancellationToken)
    {
        if (command.Content.LongLength > ImageLimits.MaxFileBytes) return ImageErrors.FileTooLarge;
        // A missing owner costs no decoding.
        if (!await ImageOwners.ExistsAsync(db, command.Slot, command.OwnerId, cancellationToken)) return ImageOwners.NotFound(command.Slot);
        var processed = processor.Process(command.Content);
        if (!processed.IsSuccess) return processed.Error!;

        var image = new UploadedImage(Guid.CreateVersion7(), processed.Value.Width, processed.Value.Height, processed.Value.Format,
            [.. processed.Value.Renditions.Select(r => r.Width).Distinct().Order()], command.Alt is { IsEmpty: false } alt ? alt : null);
        return await transactions.RunAsync<Result<ImageResponse>>(async ct =>
        {
            var owner = await ImageOwners.FindAsync(db, command.Slot, command.OwnerId, ct);
            if (owner is null) return ImageOwners.NotFound(command.Slot);
            await store.SaveAsync(image.Id, processed.Value.Renditions, ct);
            var replaced = owner.UploadedImage;
            owner.ReplaceUploadedImage(image);
            await db.SaveChangesAsync(ct);
            if (replaced is not null) await store.RemoveAsync(replaced.Id, ct);
            return ImageResponse.From(image, address);
        }, result => result.IsSuccess, cancellationToken);
    }
}
