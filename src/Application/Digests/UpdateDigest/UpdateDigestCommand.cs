using System.Text.Json.Serialization;
using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Digests.UpdateDigest;

/// <summary>Replaces what editors write about a draft digest: period, title, introduction and item choices.</summary>
public sealed record UpdateDigestCommand : DigestBody, ICommand<Result<DigestResponse>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>The version the client last read (from If-Match); null when the client sent none.</summary>
    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}
