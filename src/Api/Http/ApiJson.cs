using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

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
        json.TypeInfoResolver = (json.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(ForgetIgnoredProperties);
    }

    /// <summary>
    /// Takes the properties marked <c>[JsonIgnore]</c> out of the contract. The serializer keeps them as known names that
    /// it skips when reading, so a body naming one (a route value, the caller, a header the endpoint sets on the
    /// command) would pass silently; without them such a name is unknown, and refused like any other.
    /// </summary>
    private static void ForgetIgnoredProperties(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object) return;
        for (var i = type.Properties.Count - 1; i >= 0; i--)
        {
            if (type.Properties[i] is { Get: null, Set: null, AssociatedParameter: null }) type.Properties.RemoveAt(i);
        }
    }
}
