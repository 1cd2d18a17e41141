namespace Scc.Application.Changes;

/// <summary>The resources the content changes feed follows: the name it gives each, and where the API serves one.</summary>
public static class ContentResources
{
    public static IReadOnlyDictionary<string, string> PathByType { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["event"] = "api/v1/events",
        ["series"] = "api/v1/event-series",
        ["delegation"] = "api/v1/delegations",
        ["mou"] = "api/v1/mous",
        ["partnership"] = "api/v1/partnerships",
        ["organisation"] = "api/v1/organisations",
        ["person"] = "api/v1/people",
        ["programme"] = "api/v1/programmes",
        ["fundingProgramme"] = "api/v1/funding-programmes",
        ["digest"] = "api/v1/digests",
    };

    public static IReadOnlyList<string> Types { get; } = [.. PathByType.Keys];

    /// <summary>The types named in a comma-separated <c>type=</c> (empty: all), or null when one is unknown.</summary>
    public static IReadOnlyList<string>? Parse(string? types)
    {
        if (string.IsNullOrWhiteSpace(types)) return [];
        var named = types.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        return named.All(PathByType.ContainsKey) ? named : null;
    }
}
