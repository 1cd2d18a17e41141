using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Organisations.DeleteOrganisation;

/// <summary>Deletes an organisation that nothing refers to.</summary>
public sealed record DeleteOrganisationCommand(Guid Id, uint? ExpectedVersion) : ICommand<Result>;
