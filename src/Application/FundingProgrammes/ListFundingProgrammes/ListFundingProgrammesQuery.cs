using Mediator;
using Scc.Application.Common.Paging;

namespace Scc.Application.FundingProgrammes.ListFundingProgrammes;

/// <summary>A page of funding programmes, ordered by slug.</summary>
/// <param name="Q">Words in the name (either language) or the acronym, any case.</param>
public sealed record ListFundingProgrammesQuery(
    string? Q = null,
    string? Cursor = null,
    int? Limit = null) : IQuery<Page<FundingProgrammeResponse>>;
