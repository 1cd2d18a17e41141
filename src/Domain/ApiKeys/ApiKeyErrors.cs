using Scc.Domain.Common;

namespace Scc.Domain.ApiKeys;

public static class ApiKeyErrors
{
    public static Error NotFound { get; } = Error.NotFound("The API key");

    public static Error NoScope { get; } = Error.Invalid("scopes", "A key needs at least one scope.");

    public static Error UnknownScope(string scope) =>
        Error.Invalid("scopes", $"'{scope}' is not a scope; use {string.Join(", ", ApiKeyScopes.All.Order(StringComparer.Ordinal))}.");

    public static Error ExpiryInThePast { get; } = Error.Invalid("expiresAt", "The expiry must be in the future.");

    public static Error ContentScopeForOneEvent { get; } =
        Error.Invalid("eventId", "A key restricted to one event may only have registration scopes: content scopes cover all content.");

    public static Error EventNotFound { get; } = Error.Invalid("eventId", "No event has this id.");
}
