using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scc.Api.Http;

/// <summary>The API's JSON: camelCase, enums as camelCase strings, unknown properties refused.</summary>
public static class ApiJson
{
    public static void Configure(JsonSerializerOptions json)
    {
        json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        // A misspelt or read-only field (id, status...) is an error, not silently ignored.
        json.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        json.Converters.Add(new StorableStringConverter());
    }
}
