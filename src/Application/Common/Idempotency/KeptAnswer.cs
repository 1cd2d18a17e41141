using System.Text.Json;
using System.Text.Json.Serialization;
using Scc.Domain.Common;

namespace Scc.Application.Common.Idempotency;

/// <summary>
/// An Idempotency-Key's answer as kept: a command's <c>Result&lt;T&gt;</c>, written as its <see cref="StoredOutcome{T}"/>
/// (the value, or the expected failure) in JSON.
/// </summary>
public static class KeptAnswer
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new ResultConverterFactory() } };

    public static byte[] Write<TResponse>(TResponse answer) => JsonSerializer.SerializeToUtf8Bytes(answer, Json);

    public static TResponse Read<TResponse>(byte[] json) => JsonSerializer.Deserialize<TResponse>(json, Json)!;

    /// <summary>A failed <typeparamref name="TResponse"/> (a <c>Result&lt;T&gt;</c>) carrying <paramref name="error"/>.</summary>
    public static TResponse Failure<TResponse>(Error error) =>
        Read<TResponse>(JsonSerializer.SerializeToUtf8Bytes(new StoredOutcome<object>(null, error.Code, error.Description, error.Kind, error.Field)));

    private sealed class ResultConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Result<>);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(ResultConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;
    }

    private sealed class ResultConverter<T> : JsonConverter<Result<T>>
    {
        public override Result<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            JsonSerializer.Deserialize<StoredOutcome<T>>(ref reader, options)!.ToResult();

        public override void Write(Utf8JsonWriter writer, Result<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, StoredOutcome<T>.From(value), options);
    }
}
