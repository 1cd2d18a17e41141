using Scc.Api.Security;

namespace Scc.Api.Http;

/// <summary>Whose <c>Idempotency-Key</c> a request sends: keys are looked up within their owner's own namespace (ADR 15).</summary>
public static class IdempotencyOwner
{
    /// <summary>
    /// <c>user:{sub}</c> for staff, <c>apiKey:{id}</c> for an integration, and for anonymous callers
    /// <c>anonymous:{network}</c>: the client's IPv4 address, or the /64 of its IPv6 address (the network a device keeps
    /// while its privacy addresses change), as the forwarded-headers rules resolve it.
    /// </summary>
    public static string Of(HttpContext http)
    {
        if (AuditActorSetup.ActorOf(http.User) is { } actor) return $"{actor.Kind}:{actor.Id}";
        return "anonymous:" + ClientNetwork.Of(http.Connection.RemoteIpAddress, AnonymousNetworkPrefixLength);
    }

    /// <summary>An anonymous caller's keys belong to its IPv6 /64, the network ADR 15 names, whatever the rate limits count by.</summary>
    private const int AnonymousNetworkPrefixLength = 64;
}
