using System.Net;
using System.Net.Sockets;

namespace Scc.Application.Webhooks;

/// <summary>
/// Server-side request forgery protection: a webhook may only reach a public https address. Checked when a
/// subscription is written, and again at every connection (the address connected to is the one checked),
/// so a name that later resolves elsewhere (DNS rebinding) gets nowhere.
/// </summary>
public sealed class WebhookUrlGuard(WebhookSettings settings)
{
    private static readonly TimeSpan ResolveTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Why the URL is refused, or null when it may be used. A name that does not resolve yet is allowed: it is checked again before every delivery.</summary>
    public async Task<string?> RefusalAsync(Uri url, CancellationToken ct)
    {
        if (ShapeRefusal(url) is { } refusal) return refusal;
        IPAddress[] addresses;
        try
        {
            addresses = await ResolveAsync(url.IdnHost, ct);
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            return null;
        }
        return addresses.FirstOrDefault(IsForbidden) is { } forbidden ? AddressRefusal(forbidden) : null;
    }

    /// <summary>Why the URL's form is refused (scheme, credentials), or null.</summary>
    public string? ShapeRefusal(Uri url)
    {
        if (!url.IsAbsoluteUri) return "The URL must be absolute.";
        var httpAllowed = settings.AllowInsecureLoopback && url.Scheme == Uri.UriSchemeHttp;
        if (url.Scheme != Uri.UriSchemeHttps && !httpAllowed) return "The URL must use https.";
        if (!string.IsNullOrEmpty(url.UserInfo)) return "The URL must not carry credentials; the signature authenticates us.";
        return null;
    }

    /// <summary>
    /// The address to connect to for <paramref name="host"/>: every address the name resolves to must be
    /// allowed, else the connection is refused with <see cref="HttpRequestException"/>.
    /// </summary>
    public async Task<IPAddress> ResolveForConnectionAsync(string host, CancellationToken ct)
    {
        var addresses = await ResolveAsync(host, ct);
        if (addresses.Length == 0) throw new HttpRequestException($"The host {host} has no address.");
        if (addresses.FirstOrDefault(IsForbidden) is { } forbidden) throw new HttpRequestException(AddressRefusal(forbidden));
        return addresses[0];
    }

    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct)
    {
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal)) return [literal];
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(ResolveTimeout);
        return await Dns.GetHostAddressesAsync(host, timeout.Token);
    }

    private static string AddressRefusal(IPAddress address) =>
        $"The URL's host resolves to {address}, a loopback, private, link-local, unspecified or multicast address; webhooks go only to public addresses.";

    public bool IsForbidden(IPAddress address) => IsForbidden(address, settings.AllowInsecureLoopback);

    /// <summary>Loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16, fe80::/10), unspecified, multicast and broadcast.</summary>
    public static bool IsForbidden(IPAddress address, bool allowLoopback)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address)) return !allowLoopback;
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            Span<byte> b = stackalloc byte[4];
            address.TryWriteBytes(b, out _);
            return b[0] == 0                                   // "this network", 0.0.0.0 included
                || b[0] == 10                                  // private
                || b[0] == 100 && (b[1] & 0xC0) == 64          // carrier-grade NAT, 100.64/10
                || b[0] == 172 && (b[1] & 0xF0) == 16          // private
                || b[0] == 192 && b[1] == 168                  // private
                || b[0] == 169 && b[1] == 254                  // link-local, the cloud metadata address 169.254.169.254 included
                || b[0] >= 224;                                // multicast, reserved, broadcast
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            Span<byte> b = stackalloc byte[16];
            address.TryWriteBytes(b, out _);
            return address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any)
                || (b[0] & 0xFE) == 0xFC                       // unique local, fc00::/7
                || b[0] == 0xFE && (b[1] & 0xC0) == 0x80       // link-local, fe80::/10
                || b[0] == 0xFE && (b[1] & 0xC0) == 0xC0       // site-local (deprecated), fec0::/10
                || b[0] == 0xFF;                               // multicast
        }
        return true;
    }
}
