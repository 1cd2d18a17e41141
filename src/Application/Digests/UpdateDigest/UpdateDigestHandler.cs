using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Digests;

namespace Scc.Application.Digests.UpdateDigest;

public sealed class UpdateDigestHandler(IAppDbContext db, DigestSettings settings) : ICommandHandler<UpdateDigestCommand, Result<DigestResponse>>
{
    public async ValueTask<Result<DigestResponse>> Handle(UpdateDigestCommand command, CancellationToken cancellationToken)
    {
        var digest = await db.Digests.FirstOrDefaultAsync(d => d.Id == command.Id, cancellationToken);
        if (digest is null) return DigestErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != digest.Version) return Error.PreconditionFailed;
        var period = DigestPeriod.Create(command.From!.Value, command.To!.Value, command.AsOf!.Value);
        if (!period.IsSuccess) return period.Error!;
        var slug = command.Slug ?? digest.Slug;
        if (await db.Digests.AnyAsync(d => d.Slug == slug && d.Id != digest.Id, cancellationToken)) return DigestErrors.SlugTaken(slug);

        var composed = await DigestComposer.ComposeAsync(db, settings, period.Value, [], cancellationToken);
        var edited = digest.Edit(slug, command.Title ?? digest.Title, command.Introduction, period.Value, command.Items ?? [], composed.Available);
        if (!edited.IsSuccess) return edited.Error!;
        await db.SaveChangesAsync(cancellationToken);
        return await DigestReadModel.DescribeAsync(db, settings, digest, cancellationToken);
    }
}
