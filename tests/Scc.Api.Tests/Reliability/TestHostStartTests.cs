using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Reliability;

/// <summary>
/// The entry point starts the host on its own thread as soon as it has built it. Here the test factory's thread is held
/// back after the build, so the server is already listening when the factory goes on: the factory must then leave the
/// server's addresses alone (it once rewrote them, and a class's every test failed when a busy machine lost that race).
/// </summary>
public sealed class LateFactoryApiFactory : ApiFactory
{
    protected override IHost CreateHost(IHostBuilder builder) => base.CreateHost(new HeldBackAfterBuild(builder));

    private sealed class HeldBackAfterBuild(IHostBuilder inner) : IHostBuilder
    {
        public IDictionary<object, object> Properties => inner.Properties;

        public IHost Build()
        {
            var host = inner.Build();
            Thread.Sleep(TimeSpan.FromSeconds(2));
            return host;
        }

        public IHostBuilder ConfigureAppConfiguration(Action<HostBuilderContext, IConfigurationBuilder> configure) { inner.ConfigureAppConfiguration(configure); return this; }
        public IHostBuilder ConfigureContainer<T>(Action<HostBuilderContext, T> configure) { inner.ConfigureContainer(configure); return this; }
        public IHostBuilder ConfigureHostConfiguration(Action<IConfigurationBuilder> configure) { inner.ConfigureHostConfiguration(configure); return this; }
        public IHostBuilder ConfigureServices(Action<HostBuilderContext, IServiceCollection> configure) { inner.ConfigureServices(configure); return this; }
        public IHostBuilder UseServiceProviderFactory<T>(IServiceProviderFactory<T> factory) where T : notnull { inner.UseServiceProviderFactory(factory); return this; }
        public IHostBuilder UseServiceProviderFactory<T>(Func<HostBuilderContext, IServiceProviderFactory<T>> factory) where T : notnull { inner.UseServiceProviderFactory(factory); return this; }
    }
}

public sealed class TestHostStartTests(LateFactoryApiFactory api) : IClassFixture<LateFactoryApiFactory>
{
    [Fact]
    public async Task The_api_answers_when_the_host_started_before_the_test_factory_went_on()
    {
        var response = await api.Anonymous().GetAsync("/health/live");

        Assert.True(response.IsSuccessStatusCode, $"GET /health/live answered {(int)response.StatusCode}");
    }
}
