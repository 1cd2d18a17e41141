using Mediator;
using Scc.Application.Common.Idempotency;
using Scc.Domain.Common;

namespace Scc.Application.Common.Behaviours;

/// <summary>
/// Runs the handler of an <see cref="ITransactionalCommand"/>, and of an <see cref="IIdempotentCommand"/> sent with a
/// key, in one transaction. A failure the handler returns rolls everything back, except under an Idempotency-Key:
/// then the failure is the answer kept for the key (by <see cref="IdempotencyBehaviour{TMessage, TResponse}"/>, inside
/// this transaction), and nothing else was written.
/// </summary>
public sealed class TransactionBehaviour<TMessage, TResponse>(ITransactionRunner transactions) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var keyed = message is IIdempotentCommand { IdempotencyKey: not null };
        if (message is not ITransactionalCommand && !keyed) return next(message, cancellationToken);
        return new ValueTask<TResponse>(transactions.RunAsync(
            async ct => await next(message, ct),
            response => keyed || response is not Result { IsSuccess: false },
            cancellationToken));
    }
}
