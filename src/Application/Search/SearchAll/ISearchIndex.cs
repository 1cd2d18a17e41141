namespace Scc.Application.Search.SearchAll;

/// <summary>
/// The public resources matching a query, ranked by the database (port; implemented in Infrastructure, ADR 22): rank
/// (exact, prefix, other), then trigram score, then kind and slug, so that an offset always lands on the same hit.
/// </summary>
public interface ISearchIndex
{
    /// <summary>
    /// The hits <paramref name="skip"/> to <paramref name="skip"/> + <paramref name="take"/> of <paramref name="query"/>
    /// (trimmed, not empty) among <paramref name="kinds"/>, drafts and other unpublished resources left out.
    /// </summary>
    Task<IReadOnlyList<SearchRow>> FindAsync(string query, IReadOnlyCollection<SearchHitKind> kinds, int skip, int take, CancellationToken cancellationToken);
}

/// <summary>
/// One ranked hit with the public text a snippet is cut from: the title and one body field (summary, purpose,
/// description, notes or introduction) in both languages. Never personal data such as contacts or registrants.
/// </summary>
public sealed record SearchRow(
    int Kind, Guid Id, string Slug, string? TitleEn, string? TitleZh, string? Acronym, string? TextEn, string? TextZh, int Rank, double Score);
