using Mapster;
using Scc.Application.Events;
using Scc.Domain.Events;

namespace Scc.Application.Feeds;

public sealed class FeedMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<Event, FeedEventRow>()
            .Map(d => d.FundingProgrammes, s => s.Funding.Select(f => new FundingNoticeResponse { FundingProgrammeId = f.FundingProgrammeId }));
}
