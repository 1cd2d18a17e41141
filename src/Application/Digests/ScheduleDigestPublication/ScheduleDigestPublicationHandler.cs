using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Digests;

namespace Scc.Application.Digests.ScheduleDigestPublication;

public sealed class ScheduleDigestPublicationHandler(IAppDbContext db, DigestSettings settings, TimeProvider clock)
    : ICommandHandler<ScheduleDigestPublicationCommand, Result<DigestResponse>>
{
    public async ValueTask<Result<DigestResponse>> Handle(ScheduleDigestPublicationCommand command, CancellationToken cancellationToken)
    {
        var digest = await db.Digests.FirstOrDefaultAsync(d => d.Id == command.Id, cancellationToken);
        if (digest is null) return DigestErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != digest.Version) return Error.PreconditionFailed;
        var scheduled = digest.SchedulePublication(command.PublishAt, clock.GetUtcNow());
        if (!scheduled.IsSuccess) return scheduled.Error!;
        await db.SaveChangesAsync(cancellationToken);
        return await DigestReadModel.DescribeAsync(db, settings, digest, cancellationToken);
    }
}
