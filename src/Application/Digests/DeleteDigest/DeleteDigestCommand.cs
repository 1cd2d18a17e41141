using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Digests.DeleteDigest;

/// <summary>Deletes a draft digest.</summary>
public sealed record DeleteDigestCommand(Guid Id, uint? ExpectedVersion) : ICommand<Result>;
