using Mediator;
using Scc.Application.Organisations;

namespace Scc.Application.DirectoryExport;

/// <summary>Every organisation of the directory, by slug, for the staff's export.</summary>
public sealed record ExportOrganisationsQuery : IQuery<IReadOnlyList<OrganisationResponse>>;
