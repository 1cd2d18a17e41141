using Scc.Domain.Common;

namespace Scc.Application.Common.Idempotency;

public static class IdempotencyErrors
{
    public static Error KeyReused { get; } = new("idempotency_key_reused",
        "This Idempotency-Key was already used with a different request; use a new key for a new request.", ErrorKind.Unprocessable);
}
