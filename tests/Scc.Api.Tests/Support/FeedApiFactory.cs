using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Scc.Api.Tests.Support;

/// <summary>The API with a logger that counts handled messages, to tell a cached answer from a computed one.</summary>
public class FeedApiFactory : ApiFactory
{
    public CountingLoggerProvider Log { get; } = new();

    /// <summary>How many times the pipeline ran a handler for <paramref name="messageName"/>.</summary>
    public int Handled(string messageName) => Log.Count(messageName + " handled") + Log.Count(messageName + " was slow");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging
            .AddProvider(Log)
            .AddFilter<CountingLoggerProvider>("Scc.Application.Common.Behaviours", LogLevel.Debug));
    }
}
