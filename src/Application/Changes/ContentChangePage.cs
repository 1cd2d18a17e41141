namespace Scc.Application.Changes;

/// <summary>A page of the content changes feed.</summary>
/// <param name="NextCursor">
/// Where to continue: always present, also when the page is empty (then it is the cursor that was sent).
/// Store it with the changes applied, and send it on the next poll.
/// </param>
/// <param name="HasMore">True when more changes are ready now: ask again at once rather than after the polling interval.</param>
public sealed record ContentChangePage(IReadOnlyList<ContentChangeResponse> Items, string NextCursor, bool HasMore);
