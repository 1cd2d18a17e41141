using Mapster;
using Scc.Domain.Programmes;

namespace Scc.Application.FundingProgrammes;

public sealed class FundingProgrammeMappings : IRegister
{
    public void Register(TypeAdapterConfig config) => config.NewConfig<FundingProgramme, FundingProgrammeResponse>();
}
