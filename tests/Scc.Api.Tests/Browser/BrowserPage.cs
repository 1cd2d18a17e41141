using Microsoft.Playwright;

namespace Scc.Api.Tests.Browser;

/// <summary>A page with what went wrong on it: console errors, uncaught exceptions, and every address it requested.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly List<string> _errors = [];
    private readonly List<string> _requests = [];

    public BrowserPage(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error") Record(_errors, $"console: {message.Text}");
        };
        page.PageError += (_, error) => Record(_errors, $"uncaught: {error}");
        page.RequestFailed += (_, request) => Record(_errors, $"request failed: {request.Url} ({request.Failure})");
        page.Request += (_, request) => Record(_requests, request.Url);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400) Record(_errors, $"HTTP {response.Status}: {response.Url}");
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Console errors, uncaught exceptions and failed requests so far, in any frame.</summary>
    public IReadOnlyList<string> Errors
    {
        get { lock (_errors) return [.. _errors]; }
    }

    /// <summary>Every address the page and its frames asked for.</summary>
    public IReadOnlyList<string> Requests
    {
        get { lock (_requests) return [.. _requests]; }
    }

    /// <summary>
    /// Adds an inline script to the page, as an injection would, and says whether it ran; under a policy that allows
    /// only the page's own scripts, the browser refuses it and reports the breach.
    /// </summary>
    public Task<bool> InjectedInlineScriptRunsAsync() => Page.EvaluateAsync<bool>("""
        () => new Promise(resolve => {
          document.addEventListener('securitypolicyviolation', () => resolve(false), { once: true });
          const script = document.createElement('script');
          script.textContent = 'window.sccInline = true';
          document.body.appendChild(script);
          setTimeout(() => resolve(window.sccInline === true), 500);
        })
        """);

    private static void Record(List<string> list, string text)
    {
        lock (list) list.Add(text);
    }

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
