using Mediator;
using Scc.Application.Common.Idempotency;

namespace Scc.Application.Common.Behaviours;

/// <summary>
/// Answers a retry of an <see cref="IIdempotentCommand"/> sent with an Idempotency-Key with the first answer, and
/// refuses the key with another request. Runs inside the transaction <see cref="TransactionBehaviour{TMessage, TResponse}"/>
/// opened: the key is claimed, the handler runs and its answer is kept, all committed together, so a key never keeps an
/// answer whose changes were lost, nor changes without their answer. An expected failure is an answer too.
/// </summary>
public sealed class IdempotencyBehaviour<TMessage, TResponse>(IIdempotencyStore store, TimeProvider clock) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) =>
        message is IIdempotentCommand { IdempotencyKey: { } header } command
            ? AnswerOnceAsync(message, command, header, next, cancellationToken)
            : next(message, cancellationToken);

    private async ValueTask<TResponse> AnswerOnceAsync(
        TMessage message, IIdempotentCommand command, string header, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var key = new IdempotencyKey(header,
            command.IdempotencyOwner ?? throw new InvalidOperationException("The endpoint names the owner of an Idempotency-Key."));
        var requestHash = IdempotencyKey.RequestHash(message, [.. command.RequestScope]);
        var first = await store.ClaimAsync(key, requestHash, clock.GetUtcNow(), cancellationToken);
        if (first is not null)
        {
            return first.RequestHash.AsSpan().SequenceEqual(requestHash)
                ? KeptAnswer.Read<TResponse>(key.Open(first.Outcome!))
                : KeptAnswer.Failure<TResponse>(IdempotencyErrors.KeyReused);
        }
        var answer = await next(message, cancellationToken);
        await store.SaveAsync(key, key.Seal(KeptAnswer.Write(answer)), cancellationToken);
        return answer;
    }
}
