using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Digests.GetDigest;

/// <summary>One saved digest by id or by slug; anonymous readers see published ones only.</summary>
public sealed record GetDigestQuery(Guid? Id, string? Slug, bool IncludeDrafts) : IQuery<Result<DigestResponse>>;
