namespace Scc.Application.Common;

/// <summary>
/// The port that reads an exception of the database (its error codes, its driver's and the ORM's exceptions) as a
/// <see cref="DatabaseFailure"/>, so that answering it needs no knowledge of the database.
/// </summary>
public interface IDatabaseFailures
{
    /// <summary>What the exception means for the caller, or null when it is not a database failure a client can act on.</summary>
    DatabaseFailure? Describe(Exception exception);
}
