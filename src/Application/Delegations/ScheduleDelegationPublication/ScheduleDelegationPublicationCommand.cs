using Mediator;
using Scc.Application.Delegations.GetDelegation;
using Scc.Domain.Common;

namespace Scc.Application.Delegations.ScheduleDelegationPublication;

/// <summary>Plans when a draft delegation is published by the publication schedule.</summary>
public sealed record ScheduleDelegationPublicationCommand(Guid Id, DateTimeOffset? PublishAt, uint? ExpectedVersion) : ICommand<Result<DelegationResponse>>;
