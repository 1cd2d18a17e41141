namespace Scc.Application.Changes;

/// <summary>One change to a content resource. The feed carries no content: read the resource at <see cref="Url"/>.</summary>
/// <param name="Type">event, series, delegation, mou, partnership, organisation, person, programme, fundingProgramme or digest.</param>
/// <param name="Public">Whether the public can see the resource after the change (always true in the public's feed for an update).</param>
/// <param name="Url">Where the API serves the resource (a 404 there after a deletion).</param>
public sealed record ContentChangeResponse(string Type, Guid Id, ContentChangeKind Change, bool Public, DateTimeOffset OccurredAt, Uri Url);
