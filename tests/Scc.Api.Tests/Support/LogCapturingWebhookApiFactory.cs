using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Scc.Api.Tests.Support;

/// <summary>The webhook test set-up with every log message kept, down to Debug.</summary>
public sealed class LogCapturingWebhookApiFactory : WebhookApiFactory
{
    public CountingLoggerProvider Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Log).AddFilter<CountingLoggerProvider>(null, LogLevel.Debug));
    }
}
