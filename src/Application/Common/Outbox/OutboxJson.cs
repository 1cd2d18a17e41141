using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scc.Application.Common.Outbox;

/// <summary>The JSON of outbox payloads: the API's own shape (camelCase, enums as camelCase strings).</summary>
public static class OutboxJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}
