using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Auditing;
using Scc.Domain.Common;
using Scc.Domain.Delegations;
using Scc.Domain.Digests;
using Scc.Domain.Events;
using Scc.Domain.Mous;
using Scc.Domain.Previews;

namespace Scc.Application.Previews.CreatePreviewLink;

public sealed class CreatePreviewLinkHandler(IAppDbContext db, TimeProvider clock, AuditActor actor)
    : ICommandHandler<CreatePreviewLinkCommand, Result<PreviewLinkResponse>>
{
    public async ValueTask<Result<PreviewLinkResponse>> Handle(CreatePreviewLinkCommand command, CancellationToken cancellationToken)
    {
        // The validator has refused every other name.
        if (!PreviewTypes.TryParse(command.Type, out var type)) return Error.Invalid("type", $"Use one of: {PreviewTypes.Description}.");
        var isDraft = await IsDraftAsync(type, command.ItemId, cancellationToken);
        if (isDraft is null) return PreviewLinkErrors.ItemNotFound;
        var created = PreviewLink.Create(type, command.ItemId, isDraft.Value, actor.Id ?? AuditActor.System, command.ExpiresAt, clock.GetUtcNow());
        if (!created.IsSuccess) return created.Error!;
        db.PreviewLinks.Add(created.Value);
        await db.SaveChangesAsync(cancellationToken);
        return PreviewLinkResponse.From(created.Value);
    }

    /// <summary>Whether the item is a draft; null when there is no such item (or it is in the trash).</summary>
    private async Task<bool?> IsDraftAsync(PreviewItemType type, Guid id, CancellationToken ct) => type switch
    {
        PreviewItemType.Event => await db.Events.Where(e => e.Id == id).Select(e => (bool?)(e.Status == EventStatus.Draft)).FirstOrDefaultAsync(ct),
        PreviewItemType.Delegation => await db.Delegations.Where(d => d.Id == id).Select(d => (bool?)(d.Status == DelegationStatus.Draft)).FirstOrDefaultAsync(ct),
        PreviewItemType.Mou => await db.Mous.Where(m => m.Id == id).Select(m => (bool?)(m.Visibility == MouVisibility.Draft)).FirstOrDefaultAsync(ct),
        PreviewItemType.Digest => await db.Digests.Where(d => d.Id == id).Select(d => (bool?)(d.Status == DigestStatus.Draft)).FirstOrDefaultAsync(ct),
        _ => null,
    };
}
