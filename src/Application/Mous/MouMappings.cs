using Mapster;
using Scc.Application.Mous.GetMou;
using Scc.Application.Mous.ListMous;
using Scc.Domain.Mous;

namespace Scc.Application.Mous;

public sealed class MouMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        // Parties are described, and the status derived, after the projection (see MouResponse.Describe).
        config.NewConfig<Mou, MouResponse>()
            .Map(r => r.StoredParties, m => m.Parties)
            .Ignore(r => r.Parties)
            .Ignore(r => r.Status)
            .Ignore(r => r.Facilitator!);
        config.NewConfig<Mou, MouSummary>()
            .Map(r => r.StoredParties, m => m.Parties)
            .Ignore(r => r.Parties)
            .Ignore(r => r.Status);
    }
}
