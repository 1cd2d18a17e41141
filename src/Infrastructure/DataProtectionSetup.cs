using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Scc.Application.Registrations;
using Scc.Application.Webhooks;
using Scc.Infrastructure.Email;
using Scc.Infrastructure.Persistence;
using Scc.Infrastructure.Webhooks;

namespace Scc.Infrastructure;

/// <summary>
/// ASP.NET Core Data Protection with its key ring in PostgreSQL (table <c>data_protection_keys</c>), so every instance
/// reads what another encrypted, and the keys themselves encrypted with a certificate (<c>DataProtection:Certificate</c>),
/// so that the database, or a backup of it, does not hold both the encrypted webhook secrets and the keys that open
/// them. Keys are made and rotated by the framework (a new one every 90 days; old ones kept to decrypt).
/// </summary>
public static class DataProtectionSetup
{
    /// <summary>Shared by every instance: payloads are bound to it, and by default it would differ by install folder.</summary>
    public const string ApplicationName = "scc-platform-api";

    public const string Section = "DataProtection";

    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var dataProtection = services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<AppDbContext>();
        var section = configuration.GetSection(Section);
        if (Load(section.GetSection("Certificate")) is { } certificate)
        {
            dataProtection.ProtectKeysWithCertificate(certificate);
            // After the certificate is replaced, keys encrypted with an earlier one are still read with it.
            X509Certificate2[] previous = [.. section.GetSection("PreviousCertificates").GetChildren().Select(Load).OfType<X509Certificate2>()];
            if (previous.Length > 0) dataProtection.UnprotectKeysWithAnyCertificate(previous);
        }
        else if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "Set DataProtection:Certificate:Path (a PKCS#12 file with its private key) and DataProtection:Certificate:Password: " +
                "the certificate encrypts the data protection keys kept in the database, which encrypt the webhook signing secrets. " +
                "Only Development runs without one.");
        }
        // The framework loads the key ring while the host starts, which holds back the first answer by a query and a
        // decryption (about a third of a second); only webhooks and registrations' manage tokens use it, so it is loaded
        // on their first use instead. A later AddDataProtection (AddAuthentication makes one) would register the load again.
        var loadAtStart = services.FirstOrDefault(service =>
            service.ServiceType == typeof(IHostedService) && service.ImplementationType?.Name == "DataProtectionHostedService");
        if (loadAtStart is not null) services.Remove(loadAtStart);
        services.AddSingleton<IWebhookSecretProtector, WebhookSecretProtector>();
        services.AddSingleton<IManageTokenProtector, ManageTokenProtector>();
        services.AddSingleton<WebhookSecretMigration>();
        return services;
    }

    /// <summary>The certificate a section names (<c>Path</c>, <c>Password</c>), or null when it names none.</summary>
    private static X509Certificate2? Load(IConfigurationSection section)
    {
        var path = section["Path"];
        if (string.IsNullOrWhiteSpace(path)) return null;
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, section["Password"]);
        if (!certificate.HasPrivateKey)
            throw new InvalidOperationException($"The certificate in {path} ({section.Path}) has no private key, which is needed to read the keys it encrypts.");
        return certificate;
    }
}
