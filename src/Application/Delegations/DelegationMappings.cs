using Mapster;
using Scc.Application.Delegations.GetDelegation;
using Scc.Application.Delegations.ListDelegations;
using Scc.Domain.Delegations;

namespace Scc.Application.Delegations;

public sealed class DelegationMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        // Participants are described after the projection, from one query for the people and organisations involved.
        config.NewConfig<Delegation, DelegationResponse>()
            .Map(r => r.StoredParticipants, d => d.Participants)
            .Ignore(r => r.Participants)
            .Ignore(r => r.MouIds);
        config.NewConfig<Delegation, DelegationSummary>();
    }
}
