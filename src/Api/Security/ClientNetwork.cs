using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Scc.Api.Security;

/// <summary>The network a client is counted by, for per-client limits and for anonymous callers' idempotency keys.</summary>
public static class ClientNetwork
{
    /// <summary>
    /// The client's IPv4 address, or the network of its IPv6 address (<paramref name="ipv6PrefixLength"/> bits, /64 by
    /// custom): one customer's network holds more addresses than any limit could count, and a device keeps its network
    /// while its privacy addresses change. <c>unknown</c> when there is no address.
    /// </summary>
    public static string Of(IPAddress? address, int ipv6PrefixLength)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        for (var bit = ipv6PrefixLength; bit < 128; bit++) bytes[bit / 8] &= (byte)~(0x80 >> (bit % 8));
        return new IPAddress(bytes).ToString() + "/" + ipv6PrefixLength.ToString(CultureInfo.InvariantCulture);
    }
}
