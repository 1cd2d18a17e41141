using System.Net;
using System.Net.Sockets;
using Microsoft.Security.AntiSSRF;

namespace Scc.Application.Webhooks;

/// <summary>
/// Server-side request forgery protection: a webhook may only reach a public https address. Checked when a
/// subscription is written, and again at every connection (the address connected to is the one checked),
/// so a name that later resolves elsewhere (DNS rebinding) gets nowhere.
/// </summary>
public sealed class WebhookUrlGuard(WebhookSettings settings)
{
    private static readonly TimeSpan ResolveTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Every range a webhook may not reach. The special-purpose ranges are Microsoft AntiSSRF's recommended list
    /// (IANA's special-purpose registries: loopback, private, shared, link-local with the metadata addresses,
    /// benchmarking, documentation, IETF protocol assignments, reserved, multicast, NAT64, 6to4, Teredo and the
    /// rest). Its list leaves out two IPv6 forms that carry an IPv4 address in their last 32 bits, which we add:
    /// IPv4-compatible (::/96, RFC 4291) and IPv4-translated (::ffff:0:0:0/96, RFC 2765). IPv4 ranges are held in
    /// their IPv4-mapped IPv6 form (::ffff:0:0/96), so one comparison covers an address written either way.
    /// </summary>
    private static readonly IPNetwork[] Forbidden =
    [
        .. IPAddressRanges.recommendedLatest.Select(ToIPv6Network),
        IPNetwork.Parse("::/96"),
        IPNetwork.Parse("::ffff:0:0:0/96"),
    ];

    private static readonly IPNetwork[] Loopback = [.. IPAddressRanges.loopback.Select(ToIPv6Network)];

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
        $"The URL's host resolves to {address}, in {Forbidden.First(network => network.Contains(address.MapToIPv6()))}, a range reserved for " +
        "loopback, private, link-local, metadata, documentation, benchmarking or other special use, or an IPv6 form that carries an IPv4 " +
        "address (NAT64, 6to4, Teredo, IPv4-compatible, IPv4-translated); webhooks go only to public addresses.";

    /// <summary>Whether a webhook may not connect to <paramref name="address"/> under these settings.</summary>
    public bool IsForbidden(IPAddress address) => IsForbidden(address, settings.AllowInsecureLoopback);

    /// <summary>
    /// Whether <paramref name="address"/> is in a range a webhook may not reach (see <see cref="Forbidden"/>);
    /// loopback is allowed only with <paramref name="allowLoopback"/> (Development and tests).
    /// </summary>
    public static bool IsForbidden(IPAddress address, bool allowLoopback)
    {
        var v6 = address.MapToIPv6();
        if (allowLoopback && Loopback.Any(network => network.Contains(v6))) return false;
        return Forbidden.Any(network => network.Contains(v6));
    }

    /// <summary>An IPv4 range as its IPv4-mapped IPv6 range (10.0.0.0/8 is ::ffff:10.0.0.0/104); IPv6 ranges as they are.</summary>
    private static IPNetwork ToIPv6Network(string cidr)
    {
        var network = IPNetwork.Parse(cidr);
        return network.BaseAddress.AddressFamily == AddressFamily.InterNetwork
            ? new IPNetwork(network.BaseAddress.MapToIPv6(), network.PrefixLength + 96)
            : network;
    }
}
