using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Delegations.DeleteDelegation;

/// <summary>Deletes a draft or cancelled delegation.</summary>
public sealed record DeleteDelegationCommand(Guid Id, uint? ExpectedVersion) : ICommand<Result>;
