using Mapster;
using Scc.Application.Events.GetEvent;
using Scc.Application.Events.ListEvents;
using Scc.Domain.Events;

namespace Scc.Application.Events;

public sealed class EventMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        // Organisations and funding programmes come from EventLinkDetails, named, in one query per page.
        // Speakers are described from the directory after the query (EventResponse.Describe).
        config.NewConfig<Event, EventResponse>().Ignore(d => d.Organisations, d => d.FundingProgrammes, d => d.Speakers, d => d.Sessions)
            .Map(d => d.StoredSpeakers, s => s.Speakers).Map(d => d.StoredSessions, s => s.Sessions);
        config.NewConfig<Event, EventSummary>().Ignore(d => d.Organisations, d => d.FundingProgrammes);
    }
}
