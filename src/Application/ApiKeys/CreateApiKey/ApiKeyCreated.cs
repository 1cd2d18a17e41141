using System.Text.Json.Serialization;
using Scc.Application.Common;

namespace Scc.Application.ApiKeys.CreateApiKey;

/// <summary>A new key and its secret text.</summary>
/// <param name="Secret">The key to send in the <c>X-Api-Key</c> header. Shown this once: only its hash is kept.</param>
public sealed record ApiKeyCreated(ApiKeyResponse Key, string Secret) : IVersioned
{
    [JsonIgnore]
    public uint Version => Key.Version;
}
