using Mediator;
using Scc.Application.People.GetPerson;

namespace Scc.Application.DirectoryExport;

/// <summary>Every person of the directory, by slug, with today's titles, for the staff's export.</summary>
public sealed record ExportPeopleQuery : IQuery<IReadOnlyList<PersonResponse>>;
