using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Organisations.CreateOrganisation;

public sealed record CreateOrganisationCommand : OrganisationBody, ICommand<Result<OrganisationResponse>>;
