namespace Scc.Application.Common;

/// <summary>Runs work in one database transaction (port; implemented in Infrastructure with EF Core's execution strategy).</summary>
public interface ITransactionRunner
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction and commits when <paramref name="commit"/> says so, else rolls
    /// back. A transient failure (a dropped connection, a restarting server) reruns all of it, with whatever the failed
    /// attempt had loaded or changed forgotten, so <paramref name="work"/> must start from the database alone.
    /// </summary>
    Task<TResult> RunAsync<TResult>(Func<CancellationToken, Task<TResult>> work, Func<TResult, bool> commit, CancellationToken cancellationToken);
}
