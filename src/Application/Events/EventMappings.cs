using Mapster;
using Scc.Application.Events.GetEvent;
using Scc.Application.Events.ListEvents;
using Scc.Domain.Events;

namespace Scc.Application.Events;

public sealed class EventMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<Event, EventResponse>();
        config.NewConfig<Event, EventSummary>();
    }
}
