using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Mous.GetMou;

/// <summary>One MoU by id or by slug; anonymous readers see published ones only.</summary>
public sealed record GetMouQuery(Guid? Id, string? Slug, bool IncludeDrafts) : IQuery<Result<MouResponse>>;
