using Mapster;
using Scc.Application.Events.GetEvent;
using Scc.Application.Events.ListEvents;
using Scc.Domain.Events;

namespace Scc.Application.Events;

public sealed class EventMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<Event, EventResponse>()
            .Map(d => d.FundingProgrammes, s => s.Funding.Select(f => new FundingNoticeResponse { FundingProgrammeId = f.FundingProgrammeId }));
        config.NewConfig<Event, EventSummary>()
            .Map(d => d.FundingProgrammes, s => s.Funding.Select(f => new FundingNoticeResponse { FundingProgrammeId = f.FundingProgrammeId }));
    }
}
