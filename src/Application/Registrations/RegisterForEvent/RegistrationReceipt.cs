using System.Text.Json.Serialization;
using Scc.Application.Common;

namespace Scc.Application.Registrations.RegisterForEvent;

/// <summary>The answer to a submission: the registration and its manage token.</summary>
/// <param name="ManageToken">
/// The secret for <c>/api/v1/registrations/manage/{token}</c>, given this once and never again: only its hash is kept.
/// </param>
public sealed record RegistrationReceipt(RegistrationResponse Registration, string ManageToken) : IVersioned
{
    [JsonIgnore]
    public uint Version => Registration.Version;
}
