using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Digests.PreviewDigest;

/// <summary>The digest the data gives for a period, before any editor's choice (dates as yyyy-MM-dd).</summary>
public sealed record PreviewDigestQuery(string? From, string? To, string? AsOf) : IQuery<Result<DigestResponse>>;
