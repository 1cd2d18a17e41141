using Mapster;
using Scc.Domain.Organisations;

namespace Scc.Application.Organisations;

public sealed class OrganisationMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        // The logo's addresses depend on the request's address: described after the query (WithLogo).
        config.NewConfig<Organisation, OrganisationResponse>().Ignore(r => r.Logo!).Map(r => r.StoredLogo, o => o.Logo);
}
