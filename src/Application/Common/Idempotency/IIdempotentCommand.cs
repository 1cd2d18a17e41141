namespace Scc.Application.Common.Idempotency;

/// <summary>
/// A command that a client may send with an <c>Idempotency-Key</c>: a retry with the same key and the same request gets
/// the first answer again (<see cref="Behaviours.IdempotencyBehaviour{TMessage, TResponse}"/>). Its response must be a
/// <c>Result&lt;T&gt;</c>, which is what is kept.
/// </summary>
public interface IIdempotentCommand
{
    /// <summary>The header's value; null when the client sent none.</summary>
    string? IdempotencyKey { get; }

    /// <summary>Whose key it is (set by the endpoint from the caller): another caller's same key is another key.</summary>
    string? IdempotencyOwner { get; }

    /// <summary>What, besides the body, makes the request what it is (its route values), for the request's hash.</summary>
    IReadOnlyList<object> RequestScope { get; }
}
