using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Deployment;

/// <summary>The API with docker-compose.yml's own settings: it starts in Production, and the documented staff tokens work.</summary>
public sealed class ComposeSettingsTests(ComposeEnvironmentApiFactory api) : IClassFixture<ComposeEnvironmentApiFactory>
{
    [Fact]
    public async Task ApiAsComposeSetsItUp_RunsInProduction_AndAcceptsTheStaffTokensOfTheScript()
    {
        Assert.True(api.Services.GetRequiredService<IHostEnvironment>().IsProduction());

        var admin = await StaffTokenAsync("admin");
        var editor = await StaffTokenAsync("editor");

        await (await api.WithToken(admin).GetAsync("/api/v1/webhooks")).AssertJsonAsync(HttpStatusCode.OK);
        await (await api.WithToken(editor).GetAsync("/api/v1/webhooks")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await api.WithToken(TestTokens.For("admin")).GetAsync("/api/v1/webhooks")).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    /// <summary>scripts/staff-token.sh, given the variables docker compose reads from .env.</summary>
    private async Task<string> StaffTokenAsync(string role)
    {
        var root = Artifacts.RepositoryRoot();
        var outcome = await ExternalCommand.RunAsync("bash", [Path.Combine(root, "scripts", "staff-token.sh"), role], root,
            api.Variables.Where(pair => pair.Key.StartsWith("SCC_JWT_", StringComparison.Ordinal)).ToDictionary());
        Assert.True(outcome.ExitCode == 0, outcome.Tail());
        return outcome.Output.Trim();
    }
}
