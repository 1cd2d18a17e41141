using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Digests.PublishDigest;

/// <summary>Publishes a draft digest: it becomes readable by anyone and enters the digests feed.</summary>
public sealed record PublishDigestCommand(Guid Id, uint? ExpectedVersion) : ICommand<Result<DigestResponse>>;
