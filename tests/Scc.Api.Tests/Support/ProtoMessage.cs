using System.Text;
using Google.Protobuf;

namespace Scc.Api.Tests.Support;

/// <summary>
/// A protobuf message read field by field with Google.Protobuf's <see cref="CodedInputStream"/>, without its schema:
/// enough to read the OTLP messages a test needs by their field numbers (opentelemetry-proto), nothing generated.
/// Varint and fixed fields are kept as numbers, length-delimited ones as bytes (a string, bytes or a nested message).
/// </summary>
public sealed class ProtoMessage
{
    private readonly List<(int Number, ulong Number64, ByteString? Bytes)> fields = [];

    private ProtoMessage(byte[] raw) => Raw = raw;

    /// <summary>The message's bytes as received.</summary>
    public byte[] Raw { get; }

    public static ProtoMessage Parse(ByteString bytes) => Parse(bytes.ToByteArray());

    public static ProtoMessage Parse(byte[] bytes)
    {
        var message = new ProtoMessage(bytes);
        var input = new CodedInputStream(bytes);
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            var number = WireFormat.GetTagFieldNumber(tag);
            switch (WireFormat.GetTagWireType(tag))
            {
                case WireFormat.WireType.Varint: message.fields.Add((number, input.ReadUInt64(), null)); break;
                case WireFormat.WireType.Fixed64: message.fields.Add((number, input.ReadFixed64(), null)); break;
                case WireFormat.WireType.Fixed32: message.fields.Add((number, input.ReadFixed32(), null)); break;
                case WireFormat.WireType.LengthDelimited: message.fields.Add((number, 0, input.ReadBytes())); break;
                default: throw new InvalidDataException($"Field {number} has wire type {WireFormat.GetTagWireType(tag)}, which OTLP does not use.");
            }
        }
        return message;
    }

    /// <summary>Every occurrence of a repeated (or single) message field.</summary>
    public IEnumerable<ProtoMessage> Messages(int number) =>
        fields.Where(field => field.Number == number && field.Bytes is not null).Select(field => Parse(field.Bytes!));

    public ProtoMessage? Message(int number) => Messages(number).LastOrDefault();

    public string? Text(int number) => Bytes(number)?.ToString(Encoding.UTF8);

    public ByteString? Bytes(int number) => fields.LastOrDefault(field => field.Number == number && field.Bytes is not null).Bytes;

    public ulong? Number(int number) =>
        fields.Any(field => field.Number == number && field.Bytes is null) ? fields.Last(field => field.Number == number && field.Bytes is null).Number64 : null;
}
