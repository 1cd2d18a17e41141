using System.Text.Json;
using Scc.Application.Common.Idempotency;
using Scc.Domain.Common;

namespace Scc.Application.Tests.Common;

/// <summary>An Idempotency-Key's answer is kept as a StoredOutcome in JSON, so answers kept before still replay.</summary>
public sealed class KeptAnswerTests
{
    private sealed record Receipt(Guid Id, string Token);

    [Fact]
    public void ASuccess_IsKeptAsItsStoredOutcome_AndReadBack()
    {
        var receipt = new Receipt(Guid.CreateVersion7(), "token");
        var kept = KeptAnswer.Write(Result<Receipt>.Success(receipt));

        Assert.Equal(JsonSerializer.Serialize(StoredOutcome<Receipt>.From(receipt)), System.Text.Encoding.UTF8.GetString(kept));
        Assert.Equal(receipt, KeptAnswer.Read<Result<Receipt>>(kept).Value);
    }

    [Fact]
    public void AnAnswerKeptAsAStoredOutcome_IsReadBack_FailuresWithTheirField()
    {
        var kept = JsonSerializer.SerializeToUtf8Bytes(new StoredOutcome<Receipt>(null, "event_full", "The event is full.", ErrorKind.Conflict, "kind"));

        var answer = KeptAnswer.Read<Result<Receipt>>(kept);

        Assert.False(answer.IsSuccess);
        Assert.Equal(new Error("event_full", "The event is full.", ErrorKind.Conflict, "kind"), answer.Error);
    }

    [Fact]
    public void AFailureOfAnyResultType_CarriesTheError()
    {
        var failure = KeptAnswer.Failure<Result<Receipt>>(IdempotencyErrors.KeyReused);

        Assert.Equal(IdempotencyErrors.KeyReused, failure.Error);
    }
}
