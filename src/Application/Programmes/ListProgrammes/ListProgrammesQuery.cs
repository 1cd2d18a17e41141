using Mediator;
using Scc.Application.Common.Paging;

namespace Scc.Application.Programmes.ListProgrammes;

/// <summary>A page of programmes, ordered by slug.</summary>
/// <param name="OrganisationId">Programmes in which this organisation plays any part.</param>
public sealed record ListProgrammesQuery(
    Guid? OrganisationId = null,
    string? Cursor = null,
    int? Limit = null) : IQuery<Page<ProgrammeResponse>>;
