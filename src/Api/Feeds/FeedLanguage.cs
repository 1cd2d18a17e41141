using Scc.Domain.Common;

namespace Scc.Api.Feeds;

/// <summary>The language a feed is written in: <c>?lang=</c>, else the best of Accept-Language, else English.</summary>
public static class FeedLanguage
{
    public static string Negotiate(string? lang, HttpRequest request)
    {
        if (!string.IsNullOrWhiteSpace(lang))
        {
            // A value that is none of ours goes on as it is, so that the validator answers 400 naming it.
            return LocalizedText.Languages.FirstOrDefault(l => string.Equals(l, lang.Trim(), StringComparison.OrdinalIgnoreCase)) ?? lang;
        }
        var accepted = request.GetTypedHeaders().AcceptLanguage
            .Where(value => value.Quality is not 0)
            .OrderByDescending(value => value.Quality ?? 1);   // stable: equal qualities keep the client's order
        foreach (var value in accepted)
        {
            if (Match(value.Value.Value) is { } language) return language;
        }
        return LocalizedText.English;
    }

    /// <summary>
    /// Any Chinese tag (zh, zh-Hant, zh-HK, zh-TW, zh-CN...) gets Traditional Chinese, the only Chinese the
    /// content has, which a reader of Simplified Chinese reads more easily than English; any English tag and
    /// <c>*</c> get English; other languages are skipped for the client's next choice.
    /// </summary>
    private static string? Match(string? tag)
    {
        if (string.IsNullOrEmpty(tag)) return null;
        if (tag == "*") return LocalizedText.English;
        var primary = tag.Split('-', 2)[0];
        if (primary.Equals("zh", StringComparison.OrdinalIgnoreCase)) return LocalizedText.TraditionalChinese;
        if (primary.Equals("en", StringComparison.OrdinalIgnoreCase)) return LocalizedText.English;
        return null;
    }
}
