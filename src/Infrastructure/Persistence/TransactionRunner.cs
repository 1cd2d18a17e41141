using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;

namespace Scc.Infrastructure.Persistence;

/// <summary>Transactions on the scope's context, inside EF Core's execution strategy (which retries transient failures).</summary>
internal sealed class TransactionRunner(AppDbContext db) : ITransactionRunner
{
    public Task<TResult> RunAsync<TResult>(Func<CancellationToken, Task<TResult>> work, Func<TResult, bool> commit, CancellationToken cancellationToken)
    {
        var attempt = 0;
        return db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            // A retry starts from the database alone: what the failed attempt loaded or added is forgotten.
            if (attempt++ > 0) db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await work(ct);
            if (commit(result)) await transaction.CommitAsync(ct);
            else await transaction.RollbackAsync(ct);
            return result;
        }, cancellationToken);
    }
}
