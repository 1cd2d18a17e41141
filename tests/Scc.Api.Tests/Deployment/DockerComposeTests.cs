using System.Text.Json.Nodes;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Deployment;

/// <summary>
/// <c>docker compose up</c> starts a production-like stack. No Docker engine runs the tests, so the file itself is
/// checked: against the Compose Specification's JSON schema, and for what a production-like stack must say.
/// </summary>
public sealed partial class DockerComposeTests
{
    private static readonly string[] ApiServices = ["migrate", "api", "seed-demo"];

    [Fact]
    public void ComposeFile_IsValidAgainstTheComposeSpecification_WhichRefusesAMisspeltKey()
    {
        var compose = ComposeFile.Load();

        var errors = ComposeFile.SchemaErrors(compose.Document);
        Assert.True(errors.Count == 0, "docker-compose.yml breaks the Compose Specification:\n" + string.Join('\n', errors));

        var misspelt = compose.Document.DeepClone();
        misspelt["services"]!["api"]!["depend_on"] = new JsonArray("db");
        Assert.NotEmpty(ComposeFile.SchemaErrors(misspelt));
    }

    [Fact]
    public void ComposeUp_RunsProduction_MigratesOnceBeforeTheApi_TakesSecretsFromDotEnv_AndLoadsDemoDataOnlyInAProfile()
    {
        var compose = ComposeFile.Load();
        var services = compose.Document["services"]!.AsObject();
        Assert.All(ApiServices, name => Assert.True(services.ContainsKey(name), $"a service named {name}"));

        // Production wherever the API's image runs; nothing of Development's (loopback webhooks, demo data) is switched on.
        foreach (var name in ApiServices)
        {
            var environment = services[name]!["environment"]!.AsObject();
            Assert.Equal("Production", environment["ASPNETCORE_ENVIRONMENT"]?.ToString());
            Assert.False(environment.ContainsKey("Webhooks__AllowInsecureLoopback"), $"{name} allows loopback webhooks");
            Assert.False(environment.ContainsKey("Database__MigrateOnStartup"), $"{name} migrates at start");
            Assert.False(environment.ContainsKey("Database__SeedDemoData"), $"{name} seeds demo data at start");
        }

        // A one-shot migrate step after the database is healthy, and the API only after it succeeded.
        var migrate = services["migrate"]!;
        Assert.Equal(["migrate"], migrate["command"]!.AsArray().Select(part => part!.ToString()));
        Assert.Equal("no", migrate["restart"]?.ToString());
        Assert.Equal("service_healthy", migrate["depends_on"]!["db"]!["condition"]!.ToString());
        Assert.Equal("service_completed_successfully", services["api"]!["depends_on"]!["migrate"]!["condition"]!.ToString());

        // Demo data: only the seed-demo one-shot, only in the "demo" profile.
        var seed = services["seed-demo"]!;
        Assert.Equal(["demo"], seed["profiles"]!.AsArray().Select(profile => profile!.ToString()));
        Assert.Equal(["seed-demo"], seed["command"]!.AsArray().Select(part => part!.ToString()));
        Assert.All(services.Where(service => service.Key != "seed-demo"), service => Assert.Null(service.Value!["profiles"]));

        // Secrets: each one is a variable from .env that must be set, never a value written in the file.
        var secrets = new Dictionary<string, string?>
        {
            ["db POSTGRES_PASSWORD"] = services["db"]!["environment"]!["POSTGRES_PASSWORD"]?.ToString(),
            ["api signing key"] = services["api"]!["environment"]!["Authentication__Schemes__Bearer__SigningKeys__0__Value"]?.ToString(),
            ["api certificate password"] = services["api"]!["environment"]!["DataProtection__Certificate__Password"]?.ToString(),
        };
        foreach (var (what, value) in secrets)
            Assert.True(value is not null && RequiredVariable().IsMatch(value), $"{what} is '{value}', not a required variable (${{NAME:?...}})");
        var connection = services["api"]!["environment"]!["ConnectionStrings__Scc"]!.ToString();
        Assert.Matches(@"Password=\$\{POSTGRES_PASSWORD:\?[^}]*\}", connection);

        // Staff tokens that work: a signing key, issuer and audience from .env (or an OpenID Connect authority).
        var api = services["api"]!["environment"]!.AsObject();
        Assert.True(api.ContainsKey("Authentication__Schemes__Bearer__Authority")
            || (api.ContainsKey("Authentication__Schemes__Bearer__ValidIssuer") && api.ContainsKey("Authentication__Schemes__Bearer__ValidAudiences__0")
                && api.ContainsKey("Authentication__Schemes__Bearer__SigningKeys__0__Value")), "the API is given how to validate staff tokens");

        // .env.example documents every variable the file uses; .env itself stays out of git and of the image.
        var root = Artifacts.RepositoryRoot();
        var documented = ComposeFile.ReadEnvFile(Path.Combine(root, ".env.example"));
        Assert.DoesNotContain(compose.Variables(), variable => !documented.ContainsKey(variable));
        Assert.Contains(File.ReadAllLines(Path.Combine(root, ".gitignore")), line => line.Trim() is "/.env" or ".env");
        Assert.Contains(File.ReadAllLines(Path.Combine(root, ".dockerignore")), line => line.Trim() is "**/.env" or ".env");
        Assert.All(documented.Where(pair => pair.Key.Contains("PASSWORD", StringComparison.Ordinal) || pair.Key.Contains("KEY", StringComparison.Ordinal)),
            pair => Assert.True(pair.Value.Length == 0, $".env.example gives {pair.Key} a value; secrets are left empty there"));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\$\{[A-Za-z_][A-Za-z0-9_]*:\?[^}]*\}$")]
    private static partial System.Text.RegularExpressions.Regex RequiredVariable();
}
