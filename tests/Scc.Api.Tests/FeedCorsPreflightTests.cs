using System.Net;
using Microsoft.AspNetCore.Hosting;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

/// <summary>CORS preflight: feeds and embeds answer any origin; staff endpoints only the configured ones.</summary>
public sealed class FeedCorsPreflightTests(FeedCorsPreflightTests.StaffOriginApiFactory api) : IClassFixture<FeedCorsPreflightTests.StaffOriginApiFactory>
{
    private const string ForeignOrigin = "https://partner.example.org";
    private const string StaffOrigin = "https://staff.example.org";

    /// <summary>The API with one configured staff origin.</summary>
    public sealed class StaffOriginApiFactory : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cors:AllowedOrigins:0", StaffOrigin);
        }
    }

    private Task<HttpResponseMessage> PreflightAsync(string path, string origin, string method, string? headers = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        if (headers is not null) request.Headers.Add("Access-Control-Request-Headers", headers);
        return api.Anonymous().SendAsync(request);
    }

    [Theory]
    [InlineData("/api/v1/feeds/events")]
    [InlineData("/api/v1/feeds/events.ics")]
    [InlineData("/api/v1/feeds/events.atom")]
    [InlineData("/embed/v1/events")]
    public async Task Preflight_ToAFeedFromAForeignOrigin_IsAllowed(string path)
    {
        var response = await PreflightAsync(path, ForeignOrigin, "GET", "if-none-match");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("GET", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        Assert.Contains("if-none-match", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/api/v1/events", "POST")]
    [InlineData("/api/v1/events?limit=1", "GET")]
    [InlineData("/api/v1/events/019a0000-0000-7000-8000-000000000000/publish", "POST")]
    public async Task Preflight_ToAStaffEndpointFromAForeignOrigin_GetsNoCorsHeaders(string path, string method)
    {
        var response = await PreflightAsync(path, ForeignOrigin, method, "authorization,content-type");

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Methods"));
    }

    [Fact]
    public async Task Preflight_ToAStaffEndpointFromTheConfiguredOrigin_IsAllowed()
    {
        var response = await PreflightAsync("/api/v1/events", StaffOrigin, "POST", "authorization,content-type");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(StaffOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }
}
