using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scc.Api.Http;

/// <summary>The API's JSON: camelCase, enums as camelCase strings, unknown properties refused.</summary>
public static class ApiJson
{
    public const int MaxDepth = 32;

    public static void Configure(JsonSerializerOptions json)
    {
        json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        // A misspelt or read-only field (id, status...) is an error, not silently ignored.
        json.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        json.Converters.Add(new StorableStringConverter());
        // No body of ours nests deeper than a handful of levels; refusing deeper ones early bounds the reader's work.
        json.MaxDepth = MaxDepth;
        // The nullable annotations and constructor parameters are the contract the OpenAPI document is made from:
        // null where a type says non-null, or a constructor parameter without a default left out, is refused (400).
        json.RespectNullableAnnotations = true;
        json.RespectRequiredConstructorParameters = true;
    }
}
