using Mapster;
using Scc.Domain.Programmes;

namespace Scc.Application.Programmes;

public sealed class ProgrammeMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        // Organisations are named from their own table, for a whole page at once (see ProgrammeResponses).
        config.NewConfig<Programme, ProgrammeResponse>().Ignore(r => r.Organisations);
}
