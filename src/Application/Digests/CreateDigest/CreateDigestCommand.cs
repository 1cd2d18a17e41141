using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Digests.CreateDigest;

/// <summary>Saves a draft digest for a period, optionally with a title, an introduction and first choices.</summary>
public sealed record CreateDigestCommand : DigestBody, ICommand<Result<DigestResponse>>;
