using Scc.Domain.Common;

namespace Scc.Application.Organisations.GetOrganisationTimeline;

/// <summary>One thing done with an organisation, and the organisation's part in it.</summary>
/// <param name="Kind">event, delegation, mou, partnership or programme.</param>
/// <param name="Date">When it started or was signed; null for an event not yet dated.</param>
/// <param name="Roles">The organisation's parts: organiser, supportingOrganisation, party, facilitator, leader, host...; for a part of an event the organisation has a role in, that role prefixed with "parentEvent.".</param>
public sealed record TimelineEntry(string Kind, Guid Id, string Slug, LocalizedText Title, DateOnly? Date, IReadOnlyList<string> Roles, string Url);
