using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Organisations.GetOrganisation;

public sealed record GetOrganisationQuery(Guid? Id, string? Slug) : IQuery<Result<OrganisationResponse>>;
