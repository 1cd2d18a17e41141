using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Previews;

namespace Scc.Application.Previews.RevokePreviewLink;

public sealed class RevokePreviewLinkHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<RevokePreviewLinkCommand, Result>
{
    public async ValueTask<Result> Handle(RevokePreviewLinkCommand command, CancellationToken cancellationToken)
    {
        var link = await db.PreviewLinks.FirstOrDefaultAsync(l => l.Id == command.Id, cancellationToken);
        if (link is null) return PreviewLinkErrors.NotFound;
        link.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
