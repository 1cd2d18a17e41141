using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Scc.Api.Tests.Support;

/// <summary>
/// The API with a logger that counts handled messages, to tell a cached answer from a computed one, and a count of
/// the requests that went through authentication.
/// </summary>
public class FeedApiFactory : ApiFactory
{
    private int authentications;

    public CountingLoggerProvider Log { get; } = new();

    /// <summary>How many times the pipeline ran a handler for <paramref name="messageName"/>.</summary>
    public int Handled(string messageName) => Log.Count(messageName + " handled") + Log.Count(messageName + " was slow");

    /// <summary>How many times the default (bearer) scheme was run: once for every request that reached authentication.</summary>
    public int Authentications => Volatile.Read(ref authentications);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging
            .AddProvider(Log)
            .AddFilter<CountingLoggerProvider>("Scc.Application.Common.Behaviours", LogLevel.Debug));
        // The bearer handler raises MessageReceived on every run, token or not.
        builder.ConfigureServices(services => services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            options.Events = new JwtBearerEvents
            {
                OnMessageReceived = _ =>
                {
                    Interlocked.Increment(ref authentications);
                    return Task.CompletedTask;
                },
            }));
    }
}
