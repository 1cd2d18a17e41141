using Scc.Domain.Common;

namespace Scc.Domain.Delegations;

/// <summary>
/// A visit on a delegation's programme (Thailand Digital Valley, KMITL's digital interactive centre...). Its date is
/// null when only the whole visit's dates are known.
/// </summary>
public sealed record ItineraryItem(LocalizedText Place, DateOnly? Date = null, Guid? HostOrganisationId = null, LocalizedText? Note = null);
