using System.Text.Json.Serialization;
using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.ApiKeys.CreateApiKey;

/// <summary>Creates an API key for an integration script; the answer carries the key, shown this once.</summary>
/// <param name="Name">What the key is for, e.g. "CRM sync".</param>
/// <param name="Scopes">registrations:read, registrations:write.</param>
/// <param name="EventId">Restrict the key to one event's registrations; omit for every event.</param>
/// <param name="ExpiresAt">When the key stops working; omit for no expiry.</param>
public sealed record CreateApiKeyCommand(string Name, IReadOnlyList<string> Scopes, Guid? EventId = null, DateTimeOffset? ExpiresAt = null)
    : ICommand<Result<ApiKeyCreated>>
{
    /// <summary>The admin creating it (the token's subject), set by the endpoint.</summary>
    [JsonIgnore]
    public string CreatedBy { get; init; } = "";
}
