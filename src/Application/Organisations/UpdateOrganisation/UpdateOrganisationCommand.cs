using System.Text.Json.Serialization;
using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Organisations.UpdateOrganisation;

public sealed record UpdateOrganisationCommand : OrganisationBody, ICommand<Result<OrganisationResponse>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}
