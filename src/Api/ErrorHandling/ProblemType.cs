namespace Scc.Api.ErrorHandling;

/// <summary>
/// One kind of problem the API answers with: its machine-readable code, the HTTP status it comes with, a short
/// title and what it means for a client. Its page, <see cref="Path"/>, is the problem's <c>type</c>.
/// </summary>
/// <param name="Code">The problem's <c>code</c> (<c>event_full</c>).</param>
/// <param name="Status">The HTTP status the problem is answered with.</param>
/// <param name="Title">A short summary of the problem.</param>
/// <param name="Description">What the problem means and what a client should do about it.</param>
public sealed record ProblemType(string Code, int Status, string Title, string Description)
{
    /// <summary>The code as it appears in the problem's address: <c>event_full</c> is <c>event-full</c>.</summary>
    public string Slug => Code.Replace('_', '-');

    /// <summary>The path of the problem's page, relative to the API's root: <c>/problems/event-full</c>.</summary>
    public string Path => ProblemCatalogue.PathPrefix + "/" + Slug;
}
