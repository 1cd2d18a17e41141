using System.Diagnostics;
using System.Security.Claims;
using Scc.Api.Auth;
using Scc.Application.Common.Auditing;

namespace Scc.Api.Security;

public static class AuditActorSetup
{
    /// <summary>
    /// Tells the audit log who the caller is. After authorization, because the API-key scheme is run by the
    /// policies that accept keys, which only then merge the key's identity into the request's user.
    /// </summary>
    public static IApplicationBuilder UseAuditActor(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (ActorOf(context.User) is { } actor)
        {
            var traceId = Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier;
            context.RequestServices.GetRequiredService<AuditActor>()
                .Set(actor.Kind, actor.Id, context.Connection.RemoteIpAddress?.ToString(), traceId);
        }
        return next(context);
    });

    /// <summary>
    /// A staff token's subject, else an API key's id; null for anonymous callers. A request carrying both a staff
    /// token and a key is the staff member's: a person answers for it.
    /// </summary>
    public static (string Kind, string Id)? ActorOf(ClaimsPrincipal user)
    {
        var staff = user.Identities.FirstOrDefault(i => i.IsAuthenticated && i.FindFirst(ApiKeyAuthenticationHandler.KeyIdClaim) is null &&
                                                        i.FindFirst("sub") is not null);
        if (staff is not null) return (AuditActor.User, staff.FindFirst("sub")!.Value);
        if (user.FindFirst(ApiKeyAuthenticationHandler.KeyIdClaim) is { } key) return (AuditActor.ApiKey, key.Value);
        return null;
    }
}
