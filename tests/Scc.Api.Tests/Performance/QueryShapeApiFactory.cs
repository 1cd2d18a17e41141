using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Scc.Api.Tests.Support;
using Scc.Infrastructure.Persistence;

namespace Scc.Api.Tests.Performance;

/// <summary>The API with the demo data, recording every SQL command it sends.</summary>
public sealed class QueryShapeApiFactory : ApiFactory
{
    public SqlCommandRecorder Recorder { get; } = new();

    protected override bool SeedDemoData => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(Recorder)));
    }
}
