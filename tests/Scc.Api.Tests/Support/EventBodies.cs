using System.Text.Json.Nodes;

namespace Scc.Api.Tests.Support;

/// <summary>Event bodies as a client writes them: raw JSON, so tests see exactly what goes over the wire.</summary>
public static class EventBodies
{
    /// <summary>A valid in-person seminar in Hong Kong starting <paramref name="daysFromNow"/> days from now.</summary>
    public static JsonObject Seminar(string title = "Smart City Seminar", int daysFromNow = 30, string? slug = null, string type = "seminar", string[]? tags = null)
    {
        var start = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Date.AddDays(daysFromNow).AddHours(16);
        var startsAt = new DateTimeOffset(start, TimeSpan.FromHours(8));
        var body = new JsonObject
        {
            ["type"] = type,
            ["format"] = "inPerson",
            ["title"] = new JsonObject { ["en"] = title, ["zh-Hant"] = "智慧城市研討會" },
            ["timeZone"] = "Asia/Hong_Kong",
            ["schedule"] = new JsonObject
            {
                ["kind"] = "timed",
                ["startsAt"] = startsAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
                ["endsAt"] = startsAt.AddHours(2).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
            },
            ["venue"] = new JsonObject
            {
                ["name"] = new JsonObject { ["en"] = "H6 CONET" },
                ["countryCode"] = "HK",
            },
            ["tags"] = new JsonArray((tags ?? ["smart-city"]).Select(t => (JsonNode?)t).ToArray()),
        };
        if (slug is not null) body["slug"] = slug;
        return body;
    }
}
