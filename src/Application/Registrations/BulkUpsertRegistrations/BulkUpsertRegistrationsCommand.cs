using System.Text.Json.Serialization;
using Mediator;
using Scc.Application.Common;
using Scc.Application.Common.Idempotency;
using Scc.Domain.Common;

namespace Scc.Application.Registrations.BulkUpsertRegistrations;

/// <summary>
/// Creates or updates an event's registrations by the integration's own reference for each, in one transaction
/// under the event's lock: capacity, waiting list and one live registration per email hold as for submissions.
/// An item that breaks a rule is reported in its result and changes nothing; the other items still apply.
/// </summary>
/// <param name="Items">At most 500; each external reference at most once.</param>
public sealed record BulkUpsertRegistrationsCommand(IReadOnlyList<BulkRegistrationItem> Items) : ICommand<Result<BulkUpsertResult>>, ITransactionalCommand, IIdempotentCommand
{
    public const int MaxItems = 500;

    [JsonIgnore]
    public Guid EventId { get; init; }

    /// <summary>From the Idempotency-Key header: a retry with the same key and body gets the first answer again.</summary>
    [JsonIgnore]
    public string? IdempotencyKey { get; init; }

    /// <summary>Whose key it is (set by the endpoint from the caller): another caller's same key is another key.</summary>
    [JsonIgnore]
    public string? IdempotencyOwner { get; init; }

    IReadOnlyList<object> IIdempotentCommand.RequestScope => ["bulk", EventId];

    /// <summary>Set for an API key restricted to one event: any other event is not found.</summary>
    [JsonIgnore]
    public Guid? RestrictToEventId { get; init; }
}
