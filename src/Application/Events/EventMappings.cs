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
        // The poster's addresses depend on the request's address: it is described after the query too.
        config.NewConfig<Event, EventResponse>().Ignore(d => d.Organisations, d => d.FundingProgrammes, d => d.Speakers, d => d.Sessions, d => d.Poster!)
            .Map(d => d.StoredSpeakers, s => s.Speakers).Map(d => d.StoredSessions, s => s.Sessions).Map(d => d.StoredPoster, s => s.Poster);
        config.NewConfig<Event, EventSummary>().Ignore(d => d.Organisations, d => d.FundingProgrammes, d => d.Poster!).Map(d => d.StoredPoster, s => s.Poster);
    }
}
