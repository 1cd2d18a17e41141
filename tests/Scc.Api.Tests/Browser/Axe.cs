using Microsoft.Playwright;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Browser;

/// <summary>
/// axe-core (the npm package in tools/axe, which scripts/test.sh installs) in every frame of a page, its own scripts
/// allowed or not: an init script is not subject to the page's Content-Security-Policy.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() =>
    {
        var path = Path.Combine(Artifacts.RepositoryRoot(), "tools", "axe", "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(path))
            throw new InvalidOperationException($"{path} is missing: run the tests with ./scripts/test.sh, which installs tools/axe (npm ci) first.");
        // The partner page and the iframe page are of different origins, which axe talks across only when told to.
        return File.ReadAllText(path) + "\n;axe.configure({ allowedOrigins: ['<unsafe_all_origins>'] });";
    });

    /// <summary>Adds axe to every page the context opens from now on.</summary>
    public static Task AddToAsync(IBrowserContext context) => context.AddInitScriptAsync(Source.Value);

    /// <summary>Every violation on the page and in its frames, as "rule (impact): help, at [targets]".</summary>
    public static Task<string[]> ViolationsAsync(IPage page) => page.EvaluateAsync<string[]>("""
        async () => {
          const results = await axe.run(document, { resultTypes: ['violations'] });
          return results.violations.map(v =>
            `${v.id} (${v.impact}): ${v.help}, at ${v.nodes.map(n => JSON.stringify(n.target)).join(' ')}`);
        }
        """);
}
