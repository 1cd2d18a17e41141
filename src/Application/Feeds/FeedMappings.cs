using Mapster;
using Scc.Domain.Events;

namespace Scc.Application.Feeds;

public sealed class FeedMappings : IRegister
{
    // Organisations and funding programmes come from EventLinkDetails, named, in one query per page.
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<Event, FeedEventRow>().Ignore(d => d.Organisations, d => d.FundingProgrammes);
}
