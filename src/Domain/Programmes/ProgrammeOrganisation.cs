using Scc.Domain.Organisations;

namespace Scc.Domain.Programmes;

/// <summary>An organisation's part in a programme (the GeoLab: established by DEVB, operated by TWGHs...).</summary>
public sealed record ProgrammeOrganisation(Guid OrganisationId, OrganisationRole Role);
