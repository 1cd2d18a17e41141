using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Digests;

namespace Scc.Application.Digests.CreateDigest;

public sealed class CreateDigestHandler(IAppDbContext db, DigestSettings settings) : ICommandHandler<CreateDigestCommand, Result<DigestResponse>>
{
    public async ValueTask<Result<DigestResponse>> Handle(CreateDigestCommand command, CancellationToken cancellationToken)
    {
        var period = DigestPeriod.Create(command.From!.Value, command.To!.Value, command.AsOf!.Value);
        if (!period.IsSuccess) return period.Error!;
        var slug = command.Slug ?? await SlugAllocation.FreeAsync(db.Digests.Select(d => d.Slug), command.SlugOrFromDate(), cancellationToken);
        if (await db.Digests.AnyAsync(d => d.Slug == slug, cancellationToken)) return DigestErrors.SlugTaken(slug);

        var title = command.Title ?? DigestResponse.DefaultTitle(period.Value.AsOf);
        var digest = Digest.Create(Guid.CreateVersion7(), slug, title, command.Introduction, period.Value);
        if (command.Items is { Count: > 0 } items)
        {
            var composed = await DigestComposer.ComposeAsync(db, settings, period.Value, [], cancellationToken);
            var edited = digest.Edit(slug, title, command.Introduction, period.Value, items, composed.Available);
            if (!edited.IsSuccess) return edited.Error!;
        }
        db.Digests.Add(digest);
        await db.SaveChangesAsync(cancellationToken);
        return await DigestReadModel.DescribeAsync(db, settings, digest, cancellationToken);
    }
}
