using System.Globalization;
using System.Text;
using Scc.Domain.Common;

namespace Scc.Application.Search.SearchAll;

/// <summary>
/// Cuts a hit's snippet from its title and body text: the first field holding the query, in the query's own script's
/// language first (Chinese for a query with Chinese characters, else English), then the other language, the title
/// before the body; failing the whole query (a near match), the first field holding one of its words; failing that,
/// the start of the title, with nothing highlighted.
/// </summary>
public static class SearchSnippets
{
    /// <summary>The longest excerpt, in UTF-16 code units, without the ellipses.</summary>
    public const int MaxLength = 160;

    /// <summary>How much text comes before the match when the field must be cut.</summary>
    private const int Before = 50;

    private const string Ellipsis = "…";

    public static SearchSnippet Cut(LocalizedText title, LocalizedText? body, string query)
    {
        var fields = Fields(title, body, HasChinese(query) ? LocalizedText.TraditionalChinese : LocalizedText.English);
        foreach (var (text, language) in fields)
        {
            var at = text.IndexOf(query, StringComparison.OrdinalIgnoreCase);
            if (at >= 0) return Excerpt(text, language, at, query.Length, [query]);
        }
        var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        foreach (var (text, language) in fields)
        {
            var first = words.Select(w => (At: text.IndexOf(w, StringComparison.OrdinalIgnoreCase), w.Length)).Where(m => m.At >= 0).OrderBy(m => m.At).ToList();
            if (first.Count > 0) return Excerpt(text, language, first[0].At, first[0].Length, words);
        }
        return fields.Count > 0 ? Excerpt(fields[0].Text, fields[0].Language, 0, 0, []) : new SearchSnippet("", LocalizedText.English, []);
    }

    private static List<(string Text, string Language)> Fields(LocalizedText title, LocalizedText? body, string language)
    {
        var other = language == LocalizedText.English ? LocalizedText.TraditionalChinese : LocalizedText.English;
        return new[] { (title, language), (title, other), (body, language), (body, other) }
            .Select(f => (Text: f.Item1 is null ? null : f.Item2 == LocalizedText.English ? f.Item1.En : f.Item1.ZhHant, Language: f.Item2))
            .Where(f => !string.IsNullOrWhiteSpace(f.Text))
            .Select(f => (f.Text!, f.Language))
            .ToList();
    }

    private static SearchSnippet Excerpt(string text, string language, int at, int length, IReadOnlyList<string> terms)
    {
        var start = text.Length <= MaxLength ? 0 : Math.Clamp(at - Before, 0, text.Length - MaxLength);
        var end = Math.Max(Math.Min(text.Length, start + MaxLength), Math.Min(text.Length, at + length));
        // Never cut a character in two (a surrogate pair), which a frontend would show as garbage.
        if (start > 0 && char.IsLowSurrogate(text[start])) start++;
        if (end < text.Length && char.IsLowSurrogate(text[end])) end--;
        var cut = text[start..end];
        var prefix = start > 0 ? Ellipsis : "";
        var highlights = new List<SearchHighlight>();
        foreach (var (matchAt, matchLength) in Occurrences(cut, terms))
        {
            if (highlights.Count > 0 && matchAt < highlights[^1].Start - prefix.Length + highlights[^1].Length) continue;
            highlights.Add(new SearchHighlight(prefix.Length + matchAt, matchLength));
        }
        return new SearchSnippet(prefix + cut + (end < text.Length ? Ellipsis : ""), language, highlights);
    }

    /// <summary>Every occurrence of every term, by position, the longer first where two start together.</summary>
    private static IEnumerable<(int At, int Length)> Occurrences(string text, IReadOnlyList<string> terms)
    {
        var found = new List<(int At, int Length)>();
        foreach (var term in terms.Where(t => t.Length > 0))
        {
            for (var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(term, at + term.Length, StringComparison.OrdinalIgnoreCase))
                found.Add((at, term.Length));
        }
        return found.OrderBy(f => f.At).ThenByDescending(f => f.Length);
    }

    private static bool HasChinese(string text) =>
        text.EnumerateRunes().Any(r => Rune.GetUnicodeCategory(r) == UnicodeCategory.OtherLetter && r.Value >= 0x2E80);
}
