using Mediator;
using Scc.Application.Common.Paging;
using Scc.Application.People.GetPerson;

namespace Scc.Application.People.ListPeople;

/// <summary>A page of people, ordered by slug.</summary>
/// <param name="Q">Words in the name, in either language, any case.</param>
/// <param name="OrganisationId">People with an appointment (past, present or future) at this organisation.</param>
public sealed record ListPeopleQuery(
    string? Q = null,
    Guid? OrganisationId = null,
    string? Cursor = null,
    int? Limit = null) : IQuery<Page<PersonResponse>>;
