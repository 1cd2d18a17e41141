using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scc.Api.Http;

/// <summary>
/// Refuses, while reading a body, text that cannot be stored or processed: the NUL character (PostgreSQL text
/// cannot hold it), unpaired UTF-16 surrogates (escaped as <c>\ud800</c>, they are not Unicode text) and the
/// noncharacters U+FFFE and U+FFFF (Unicode normalisation refuses them).
/// The refusal becomes a 400 naming the field.
/// </summary>
public sealed class StorableStringConverter : JsonConverter<string>
{
    public const string Message = "Text may not contain the NUL character, unpaired surrogates or the noncharacters U+FFFE and U+FFFF.";

    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        if (text is not null && (text.AsSpan().IndexOfAny('\0', '\uFFFE', '\uFFFF') >= 0 || !IsWellFormed(text))) throw new JsonException(Message);
        return text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    private static bool IsWellFormed(string text)
    {
        // Most text has no surrogate at all.
        var first = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0) return true;
        for (var i = first; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return false;
        }
        return true;
    }
}
