using Mediator;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Digests;

namespace Scc.Application.Digests.PreviewDigest;

public sealed class PreviewDigestHandler(IAppDbContext db, DigestSettings settings) : IQueryHandler<PreviewDigestQuery, Result<DigestResponse>>
{
    public async ValueTask<Result<DigestResponse>> Handle(PreviewDigestQuery query, CancellationToken cancellationToken)
    {
        // The validator has checked all three.
        if (!HomeCalendar.TryParseDate(query.From, out var from) || !HomeCalendar.TryParseDate(query.To, out var to) ||
            !HomeCalendar.TryParseDate(query.AsOf, out var asOf)) return Error.Invalid("from", "Use dates (yyyy-MM-dd).");
        var period = DigestPeriod.Create(from!.Value, to!.Value, asOf!.Value);
        if (!period.IsSuccess) return period.Error!;
        var composed = await DigestComposer.ComposeAsync(db, settings, period.Value, [], cancellationToken);
        return new DigestResponse
        {
            Title = DigestResponse.DefaultTitle(period.Value.AsOf),
            From = period.Value.From,
            To = period.Value.To,
            AsOf = period.Value.AsOf,
            Review = composed.Review,
            Upcoming = composed.Upcoming,
        };
    }
}
