using System.Net;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Security;

/// <summary>Every answer says what it is and nothing about the server it comes from.</summary>
public sealed class ResponseHeaderTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("/api/v1/events", HttpStatusCode.OK)]
    [InlineData("/api/v1/feeds/events.ics", HttpStatusCode.OK)]
    [InlineData("/embed/v1/events.js", HttpStatusCode.OK)]
    [InlineData("/api/v1/events/00000000-0000-0000-0000-000000000000", HttpStatusCode.NotFound)]
    [InlineData("/no/such/path", HttpStatusCode.NotFound)]
    public async Task EveryAnswer_CarriesNosniff_AndNoServerOrFrameworkHeaders(string path, HttpStatusCode status)
    {
        using var response = await api.Anonymous().GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.False(response.Headers.Contains("Server"), "no Server header");
        Assert.False(response.Headers.Contains("X-Powered-By"), "no X-Powered-By header");
        Assert.False(response.Headers.Contains("X-AspNet-Version"), "no X-AspNet-Version header");
    }
}
