using Scc.Domain.Organisations;

namespace Scc.Domain.Events;

/// <summary>An organisation's part in an event: SCC organises some events and only supports many others.</summary>
public sealed record EventOrganisation(Guid OrganisationId, OrganisationRole Role);
