using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Digests;

namespace Scc.Application.Digests.PublishDigest;

public sealed class PublishDigestHandler(IAppDbContext db, DigestSettings settings, TimeProvider clock)
    : ICommandHandler<PublishDigestCommand, Result<DigestResponse>>
{
    public async ValueTask<Result<DigestResponse>> Handle(PublishDigestCommand command, CancellationToken cancellationToken)
    {
        var digest = await db.Digests.FirstOrDefaultAsync(d => d.Id == command.Id, cancellationToken);
        if (digest is null) return DigestErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != digest.Version) return Error.PreconditionFailed;
        var published = digest.Publish(clock.GetUtcNow());
        if (!published.IsSuccess) return published.Error!;
        await db.SaveChangesAsync(cancellationToken);
        return await DigestReadModel.DescribeAsync(db, settings, digest, cancellationToken);
    }
}
