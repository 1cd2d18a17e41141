using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Events;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.BulkUpsertRegistrations;

/// <summary>
/// The whole batch is one transaction under the event's row lock: submissions for the event wait until it
/// commits, so seats and waiting-list places are counted exactly as for single submissions, and a failure
/// the rules did not expect (the database going away) leaves nothing half-written. Expected failures of one
/// item (full, already registered, a transition the status does not allow) are that item's result; the item
/// changes nothing and the rest of the batch goes on.
/// </summary>
public sealed class BulkUpsertRegistrationsHandler(IAppDbContext db, IEventSeatLock seatLock, EventRegistrations registrations, TimeProvider clock)
    : ICommandHandler<BulkUpsertRegistrationsCommand, Result<BulkUpsertResult>>
{
    public async ValueTask<Result<BulkUpsertResult>> Handle(BulkUpsertRegistrationsCommand command, CancellationToken cancellationToken)
    {
        if (command.RestrictToEventId is { } only && only != command.EventId) return EventErrors.NotFound;
        var evt = await seatLock.LockAsync(command.EventId, cancellationToken);
        if (evt is null) return EventErrors.NotFound;
        var results = new List<BulkItemResult>(command.Items.Count);
        for (var index = 0; index < command.Items.Count; index++)
        {
            var item = command.Items[index];
            var registration = await db.Registrations.FirstOrDefaultAsync(r => r.EventId == evt.Id && r.ExternalReference == item.ExternalReference, cancellationToken);
            var outcome = registration is null ? await CreateAsync(evt, item, cancellationToken) : await UpdateAsync(evt, registration, item, cancellationToken);
            // Forget every loaded row: a refused item's unsaved changes go, and the next item reads positions and
            // versions as the waiting-list renumbering (a set-based update) left them.
            db.ForgetLoadedEntities();
            results.Add(outcome.IsSuccess
                ? Describe(index, item.ExternalReference, outcome.Value.Outcome, outcome.Value.Registration)
                : new BulkItemResult(index, item.ExternalReference, BulkOutcome.Error, registration?.Id, registration?.Status, registration?.WaitlistPosition,
                    new BulkItemError(outcome.Error!.Code, outcome.Error.Description, outcome.Error.Field is { } field ? $"items[{index}].{field}" : null)));
        }
        return new BulkUpsertResult(results);
    }

    private static BulkItemResult Describe(int index, string reference, BulkOutcome outcome, Registration registration) =>
        new(index, reference, outcome, registration.Id, registration.Status, registration.WaitlistPosition);

    private async Task<Result<(BulkOutcome Outcome, Registration Registration)>> CreateAsync(Event evt, BulkRegistrationItem item, CancellationToken ct)
    {
        if (item.Status is not null)
            return Error.Invalid("status", "No registration has this externalReference yet: create it first, then change its status.");
        if (item.Consent is null)
            return Error.Invalid("consent", "Consent to the privacy statement is required to create a registration.");
        var registrant = item.Registrant.ToRegistrant();
        var request = new RegistrationRequest(Guid.CreateVersion7(), item.Kind, registrant, item.Exhibitor?.ToDetails(),
            item.Consent.StatementVersion, item.Consent.Language, ManageToken.New().Hash, RegistrationSource.Integration, item.Answers);
        var tally = await registrations.TallyAsync(evt.Id, [Registration.EmailKeyOf(registrant.Email)], ct);
        var registered = evt.Register(request, tally, clock.GetUtcNow());
        if (!registered.IsSuccess) return registered.Error!;
        var registration = registered.Value;
        registration.LinkExternalReference(item.ExternalReference);
        db.Registrations.Add(registration);
        await db.SaveChangesAsync(ct);
        return (BulkOutcome.Created, registration);
    }

    private async Task<Result<(BulkOutcome Outcome, Registration Registration)>> UpdateAsync(
        Event evt, Registration registration, BulkRegistrationItem item, CancellationToken ct)
    {
        if (item.Kind != registration.Kind) return Error.Invalid("kind", $"This registration is an {registration.Kind.ToString().ToLowerInvariant()} registration; its kind cannot change.");
        var registrant = item.Registrant.ToRegistrant();
        var emailKey = Registration.EmailKeyOf(registrant.Email);
        if (emailKey != registration.EmailKey && registration.ErasedAt is null && await db.Registrations.AnyAsync(r =>
                r.EventId == evt.Id && r.Id != registration.Id && r.EmailKey == emailKey && Registration.LiveStatuses.Contains(r.Status), ct))
            return RegistrationErrors.AlreadyRegistered;

        var details = registration.UpdateDetails(registrant, item.Exhibitor?.ToDetails());
        if (!details.IsSuccess) return details.Error!;
        var answers = item.Answers is null ? Result<bool>.Success(false) : evt.ReplaceAnswers(registration, item.Answers);
        if (!answers.IsSuccess) return answers.Error!;
        var status = item.Status switch
        {
            RegistrationStatus.Cancelled => registration.Cancel(CancelledBy.Staff),
            RegistrationStatus.Attended when registration.Status == RegistrationStatus.Attended => Result<bool>.Success(false),
            RegistrationStatus.Attended => registration.CheckIn(clock.GetUtcNow()) is { IsSuccess: false } failed ? Result<bool>.Failure(failed.Error!) : true,
            _ => Result<bool>.Success(false),
        };
        // A refused status change leaves the details unsaved too: the caller forgets the loaded row.
        if (!status.IsSuccess) return status.Error!;
        if (!details.Value && !answers.Value && !status.Value) return (BulkOutcome.Unchanged, registration);
        await db.SaveChangesAsync(ct);
        if (item.Status == RegistrationStatus.Cancelled && status.Value) await registrations.RebalanceAsync(evt, ct);
        return (BulkOutcome.Updated, registration);
    }
}
