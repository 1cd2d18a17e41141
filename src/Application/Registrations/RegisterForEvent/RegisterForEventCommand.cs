using System.Text.Json.Serialization;
using Mediator;
using Scc.Application.Common.Idempotency;
using Scc.Domain.Common;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.RegisterForEvent;

/// <summary>Registers a person for an event, or submits an exhibitor application.</summary>
public sealed record RegisterForEventCommand : ICommand<Result<RegistrationReceipt>>, IIdempotentCommand
{
    [JsonIgnore]
    public Guid EventId { get; init; }

    /// <summary>From the Idempotency-Key header: a retry with the same key and body gets the first answer again.</summary>
    [JsonIgnore]
    public string? IdempotencyKey { get; init; }

    /// <summary>Whose key it is (set by the endpoint from the caller): another caller's same key is another key.</summary>
    [JsonIgnore]
    public string? IdempotencyOwner { get; init; }

    IReadOnlyList<object> IIdempotentCommand.RequestScope => [EventId];

    /// <summary>attendee (the default) or exhibitor.</summary>
    public RegistrationKind Kind { get; init; } = RegistrationKind.Attendee;

    public required RegistrantBody Registrant { get; init; }

    /// <summary>Required for exhibitor applications; refused for attendees.</summary>
    public ExhibitorBody? Exhibitor { get; init; }

    /// <summary>Answers to the event's custom questions (see the event's registration.questions); required questions must be answered.</summary>
    public IReadOnlyList<Answer>? Answers { get; init; }

    /// <summary>Required: without consent no personal data is taken.</summary>
    public required ConsentBody Consent { get; init; }
}
