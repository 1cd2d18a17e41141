using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;

namespace Scc.Api.Tests.Support;

/// <summary>
/// The API set up as docker-compose.yml sets up its "api" service (environment included), with the values of
/// .env.example and throw-away secrets for those it leaves empty. Only the database is the test's own, and the
/// certificate that Compose mounts at DataProtection__Certificate__Path is the tests' certificate file.
/// </summary>
public sealed class ComposeEnvironmentApiFactory : ApiFactory
{
    public ComposeEnvironmentApiFactory()
    {
        var variables = ComposeFile.ReadEnvFile(Path.Combine(Artifacts.RepositoryRoot(), ".env.example"));
        variables["POSTGRES_PASSWORD"] = "unused: the tests' own database";
        variables["SCC_JWT_SIGNING_KEY"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        variables["SCC_DATA_PROTECTION_CERTIFICATE_PASSWORD"] = TestCertificates.DataProtectionPassword;
        Variables = variables;
        ApiEnvironment = ComposeFile.Load().Environment("api", variables);
    }

    /// <summary>The variables docker compose would read from .env.</summary>
    public IReadOnlyDictionary<string, string> Variables { get; }

    /// <summary>The "api" service's environment, variables substituted.</summary>
    public IReadOnlyDictionary<string, string> ApiEnvironment { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (name, value) in ApiEnvironment)
        {
            if (name == "ASPNETCORE_ENVIRONMENT") builder.UseEnvironment(value);
            else if (name == "DataProtection__Certificate__Path") builder.UseSetting("DataProtection:Certificate:Path", TestCertificates.DataProtectionPath);
            else if (!name.StartsWith("ConnectionStrings__", StringComparison.Ordinal)) builder.UseSetting(name.Replace("__", ":", StringComparison.Ordinal), value);
        }
    }
}
