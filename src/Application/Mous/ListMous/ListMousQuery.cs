using Mediator;
using Scc.Application.Common.Paging;

namespace Scc.Application.Mous.ListMous;

/// <summary>A page of MoUs, latest signed first by default.</summary>
public sealed record ListMousQuery(
    Guid? PartyId = null,
    string? Status = null,
    string? SignedFrom = null,
    string? SignedTo = null,
    string? Sort = null,
    string? Cursor = null,
    int? Limit = null,
    bool IncludeDrafts = false) : IQuery<Page<MouSummary>>;
