using Scc.Domain.ApiKeys;

namespace Scc.Domain.Tests.ApiKeys;

public class ApiKeyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Create_GivesASecretWithItsVisiblePrefixAndKeepsOnlyTheHash()
    {
        var (key, secret) = ApiKey.Create("CRM", [ApiKeyScopes.RegistrationsRead, ApiKeyScopes.RegistrationsRead], null, "admin", null, Now).Value;

        Assert.StartsWith(key.Prefix + "_", secret, StringComparison.Ordinal);
        Assert.Equal(ApiKeySecret.Length, secret.Length);
        Assert.True(ApiKeySecret.TryPrefix(secret, out var prefix));
        Assert.Equal(key.Prefix, prefix);
        Assert.True(key.Matches(secret));
        Assert.False(key.Matches(secret[..^1] + (secret[^1] == 'a' ? 'b' : 'a')));
        Assert.Equal([ApiKeyScopes.RegistrationsRead], key.Scopes);
    }

    [Fact]
    public void Create_WhenScopeUnknownOrMissingOrExpiryPast_Fails()
    {
        Assert.Equal("scopes", ApiKey.Create("CRM", ["events:delete"], null, "admin", null, Now).Error!.Field);
        Assert.Equal("scopes", ApiKey.Create("CRM", [], null, "admin", null, Now).Error!.Field);
        Assert.Equal("expiresAt", ApiKey.Create("CRM", [ApiKeyScopes.RegistrationsRead], null, "admin", Now, Now).Error!.Field);
    }

    [Fact]
    public void IsActiveAt_IsFalseAfterExpiryOrRevocation_AndRevocationKeepsItsFirstTime()
    {
        var (key, _) = ApiKey.Create("CRM", [ApiKeyScopes.RegistrationsRead], null, "admin", Now.AddDays(1), Now).Value;

        Assert.True(key.IsActiveAt(Now));
        Assert.False(key.IsActiveAt(Now.AddDays(1)));
        key.Revoke(Now);
        key.Revoke(Now.AddHours(1));
        Assert.Equal(Now, key.RevokedAt);
        Assert.False(key.IsActiveAt(Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("scc_0123456789ab")]
    [InlineData("xyz_0123456789ab_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void TryPrefix_WhenTextCannotBeAKey_IsFalse(string? text) => Assert.False(ApiKeySecret.TryPrefix(text, out _));
}
