using Mapster;
using Scc.Application.People.GetPerson;
using Scc.Domain.People;

namespace Scc.Application.People;

public sealed class PersonMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        // The dated views are worked out after the query, from the appointments and a day.
        config.NewConfig<Person, PersonResponse>()
            .Ignore(r => r.CurrentTitles)
            .Ignore(r => r.TitlesOn!)
            // Its addresses depend on the request's address: described after the query (WithPortrait).
            .Ignore(r => r.Portrait!).Map(r => r.StoredPortrait, p => p.Portrait);
}
