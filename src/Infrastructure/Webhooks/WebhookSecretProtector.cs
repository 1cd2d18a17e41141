using Microsoft.AspNetCore.DataProtection;
using Scc.Application.Webhooks;

namespace Scc.Infrastructure.Webhooks;

/// <summary>
/// Webhook signing secrets encrypted with ASP.NET Core Data Protection (AES-256-CBC with HMAC-SHA256), under a purpose
/// of their own, so nothing else protected by the same key ring can be passed off as a secret or the other way round.
/// </summary>
public sealed class WebhookSecretProtector(IDataProtectionProvider provider) : IWebhookSecretProtector
{
    /// <summary>The purpose string; changing it makes every stored secret unreadable.</summary>
    public const string Purpose = "Scc.Webhooks.SigningSecret.v1";

    private readonly IDataProtector protector = provider.CreateProtector(Purpose);

    public string Protect(string secret) => protector.Protect(secret);

    public string Unprotect(string protectedSecret) => protector.Unprotect(protectedSecret);
}
