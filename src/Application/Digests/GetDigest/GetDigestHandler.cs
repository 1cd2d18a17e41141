using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Digests;

namespace Scc.Application.Digests.GetDigest;

public sealed class GetDigestHandler(IAppDbContext db, DigestSettings settings) : IQueryHandler<GetDigestQuery, Result<DigestResponse>>
{
    public async ValueTask<Result<DigestResponse>> Handle(GetDigestQuery query, CancellationToken cancellationToken)
    {
        var digests = db.Digests.AsNoTracking();
        digests = query.Id is { } id ? digests.Where(d => d.Id == id) : digests.Where(d => d.Slug == query.Slug);
        if (!query.IncludeDrafts) digests = digests.Where(d => d.Status == DigestStatus.Published);
        var digest = await digests.FirstOrDefaultAsync(cancellationToken);
        if (digest is null) return DigestErrors.NotFound;
        return await DigestReadModel.DescribeAsync(db, settings, digest, cancellationToken);
    }
}
