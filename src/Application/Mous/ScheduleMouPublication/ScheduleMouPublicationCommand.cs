using Mediator;
using Scc.Application.Mous.GetMou;
using Scc.Domain.Common;

namespace Scc.Application.Mous.ScheduleMouPublication;

/// <summary>Plans when a draft MoU is published by the publication schedule.</summary>
public sealed record ScheduleMouPublicationCommand(Guid Id, DateTimeOffset? PublishAt, uint? ExpectedVersion) : ICommand<Result<MouResponse>>;
