using Microsoft.AspNetCore.DataProtection;
using Scc.Application.Registrations;

namespace Scc.Infrastructure.Email;

/// <summary>
/// Manage tokens encrypted with ASP.NET Core Data Protection under a purpose of their own (ADR 19), the same key ring
/// and certificate as the webhook secrets (ADR 13): a copy of the database alone still cannot act for anyone.
/// </summary>
public sealed class ManageTokenProtector(IDataProtectionProvider provider) : IManageTokenProtector
{
    /// <summary>The purpose string; changing it makes every kept token unreadable (later e-mails then go without a link).</summary>
    public const string Purpose = "Scc.Registrations.ManageToken.v1";

    private readonly IDataProtector protector = provider.CreateProtector(Purpose);

    public string Protect(string token) => protector.Protect(token);

    public string Unprotect(string protectedToken) => protector.Unprotect(protectedToken);
}
