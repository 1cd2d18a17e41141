using Scc.Domain.Common;

namespace Scc.Application.Common;

/// <summary>One thing done with an organisation or by a person, and their part in it.</summary>
/// <param name="Kind">event, delegation, mou, partnership or programme.</param>
/// <param name="Date">When it started or was signed; null for an event not yet dated.</param>
/// <param name="Roles">Their parts: for a person speaker, judge, host, leader, member, signatory...; for an organisation organiser, supportingOrganisation, party, facilitator, leader, host...; for a part of an event the organisation has a role in, that role prefixed with "parentEvent.".</param>
public sealed record TimelineEntry(string Kind, Guid Id, string Slug, LocalizedText Title, DateOnly? Date, IReadOnlyList<string> Roles, string Url);
