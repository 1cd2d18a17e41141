using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Digests.ScheduleDigestPublication;

/// <summary>Plans when a draft digest is published by the publication schedule.</summary>
public sealed record ScheduleDigestPublicationCommand(Guid Id, DateTimeOffset? PublishAt, uint? ExpectedVersion) : ICommand<Result<DigestResponse>>;
