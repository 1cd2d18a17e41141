using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Scc.Api.Tests.Support;

/// <summary>The API with every log message of every category kept, down to Debug, to check what logs contain.</summary>
public sealed class LogCapturingApiFactory : ApiFactory
{
    public CountingLoggerProvider Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Log).AddFilter<CountingLoggerProvider>(null, LogLevel.Debug));
    }
}
