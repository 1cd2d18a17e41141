using System.Text.Json.Serialization;

namespace Scc.Domain.Common;

/// <summary>Text in English and Traditional Chinese; either may be missing.</summary>
public sealed record LocalizedText(
    [property: JsonPropertyName("en")] string? En = null,
    [property: JsonPropertyName("zh-Hant")] string? ZhHant = null)
{
    public const string English = "en";
    public const string TraditionalChinese = "zh-Hant";

    public static IReadOnlyList<string> Languages { get; } = [English, TraditionalChinese];

    [JsonIgnore]
    public bool IsEmpty => string.IsNullOrWhiteSpace(En) && string.IsNullOrWhiteSpace(ZhHant);

    /// <summary>The text in <paramref name="language"/>, else in the other language; null when both are empty.</summary>
    public (string? Text, string? Language) Resolve(string language)
    {
        var (preferred, other) = language == TraditionalChinese
            ? ((ZhHant, TraditionalChinese), (En, English))
            : ((En, English), (ZhHant, TraditionalChinese));
        if (!string.IsNullOrWhiteSpace(preferred.Item1)) return preferred;
        if (!string.IsNullOrWhiteSpace(other.Item1)) return other;
        return (null, null);
    }
}
