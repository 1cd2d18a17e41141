using Microsoft.Playwright;

namespace Scc.Api.Tests.Browser;

/// <summary>
/// One headless Chromium for every browser test: the system's own build (Debian's <c>chromium</c> package, which
/// scripts/test.sh installs when missing), so no browser is downloaded. <c>SCC_CHROMIUM</c> names another binary.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] Candidates = ["/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser"];

    // Without the background-networking flags Chromium keeps calling home, which a closed network turns into noise.
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-default-apps",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("SCC_CHROMIUM") is { Length: > 0 } configured
            ? configured
            : Candidates.FirstOrDefault(File.Exists)
              ?? throw new InvalidOperationException(
                  "Chromium was not found (looked for " + string.Join(", ", Candidates) + "). Install it (Debian/Ubuntu: " +
                  "apt-get install chromium; scripts/test.sh does this itself) or set SCC_CHROMIUM to a Chromium binary.");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = Flags,
        });
    }

    /// <summary>A fresh page in a context of its own (no cookies or cache shared between tests), recording its problems.</summary>
    public async Task<BrowserPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        return new BrowserPage(context, await context.NewPageAsync());
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

/// <summary>Every browser test class shares the one browser.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
