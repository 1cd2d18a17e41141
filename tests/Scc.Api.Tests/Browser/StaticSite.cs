using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Scc.Api.Tests.Browser;

/// <summary>
/// A second web server on its own port, hence another origin than the API's: it serves one HTML page,
/// as a partner's site would.
/// </summary>
public sealed class StaticSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSite(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The site's root, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; }

    public static async Task<StaticSite> StartAsync(string html)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/", () => Results.Content(html, "text/html; charset=utf-8"));
        await app.StartAsync();
        return new StaticSite(app, new Uri(app.Urls.Single().Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/"));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
