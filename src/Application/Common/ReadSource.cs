namespace Scc.Application.Common;

/// <summary>
/// Which server may answer this scope's reads (ADR 30). The API allows the replica for the list, feed, search and digest
/// reads of anonymous callers whose answer does not go into the shared output cache; everything else (writes, staff, keys,
/// background work) reads the primary, so whoever writes reads their own write at once. Without a replica configured
/// (<c>ConnectionStrings:SccReplica</c>) the choice changes nothing.
/// </summary>
public sealed class ReadSource
{
    /// <summary>True when this scope's reads may come from the replica (at most the replica's lag behind the primary).</summary>
    public bool ReplicaAllowed { get; private set; }

    public void AllowReplica() => ReplicaAllowed = true;
}
