namespace Scc.Application.Common;

/// <summary>How a failed database call is answered.</summary>
public enum DatabaseFailureKind
{
    /// <summary>The row changed (its version moved) while the request ran.</summary>
    ChangedMeanwhile,

    /// <summary>A unique value already taken, or a reference that forbids the change.</summary>
    Conflict,

    /// <summary>Text the database cannot store (the NUL character, say).</summary>
    UnstorableText,

    /// <summary>The database cannot be reached or is starting, stopping or full: worth a retry shortly.</summary>
    Unavailable,
}
