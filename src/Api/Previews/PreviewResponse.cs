using Scc.Application.Delegations.GetDelegation;
using Scc.Application.Digests;
using Scc.Application.Events.GetEvent;
using Scc.Application.Mous.GetMou;

namespace Scc.Api.Previews;

/// <summary>What a preview link shows: one draft, in the shape its public read has, under the member its kind names.</summary>
/// <param name="Type">event, delegation, mou or digest: the one member of the four that is set.</param>
/// <param name="ExpiresAt">When the link stops working.</param>
public sealed record PreviewResponse(
    string Type,
    DateTimeOffset ExpiresAt,
    EventResponse? Event = null,
    DelegationResponse? Delegation = null,
    MouResponse? Mou = null,
    DigestResponse? Digest = null);
