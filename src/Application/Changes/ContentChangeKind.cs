namespace Scc.Application.Changes;

/// <summary>What a mirror does with a change.</summary>
public enum ContentChangeKind
{
    /// <summary>The resource was created or changed: read it at <c>url</c> and store it.</summary>
    Updated,

    /// <summary>The resource is gone from the caller's view (deleted, or for the public no longer published): remove it.</summary>
    Deleted,
}
