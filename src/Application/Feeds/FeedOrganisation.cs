using Scc.Domain.Organisations;

namespace Scc.Application.Feeds;

/// <summary>An organisation in its role at an event, named in the feed's language.</summary>
public sealed record FeedOrganisation(Guid OrganisationId, OrganisationRole Role, string? Acronym, string? Name);
