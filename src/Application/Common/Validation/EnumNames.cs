using System.Text.Json;

namespace Scc.Application.Common.Validation;

/// <summary>Enum values as the API writes them (camelCase), for query-string filters.</summary>
public static class EnumNames<T> where T : struct, Enum
{
    private static readonly Dictionary<string, T> ByName =
        Enum.GetValues<T>().ToDictionary(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), StringComparer.Ordinal);

    public static string List { get; } = string.Join(", ", ByName.Keys);

    public static bool TryParse(string? text, out T value) => ByName.TryGetValue(text ?? string.Empty, out value);

    /// <summary>Parses a comma-separated list; false when any item is unknown.</summary>
    public static bool TryParseList(string? text, out IReadOnlyList<T> values)
    {
        var parsed = new List<T>();
        values = parsed;
        if (string.IsNullOrWhiteSpace(text)) return true;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TryParse(part, out var value)) return false;
            parsed.Add(value);
        }
        return true;
    }
}
