using Mediator;
using Scc.Application.Common;
using Scc.Application.Common.Auditing;
using Scc.Domain.Common;
using Scc.Domain.Events;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.RegisterForEvent;

/// <summary>
/// A submission: made into a request here, then decided with the others waiting for the same event
/// (<see cref="DecideAsync"/>, which <see cref="ISubmissionQueue"/> runs for each batch in the batch's own scope and
/// transaction), or here and alone when it carries an Idempotency-Key.
/// </summary>
public sealed class RegisterForEventHandler(
    IAppDbContext db, IEventSeatLock seatLock, EventRegistrations registrations, ISubmissionQueue queue, IManageTokenProtector tokens, AuditActor actor,
    TimeProvider clock) : ICommandHandler<RegisterForEventCommand, Result<RegistrationReceipt>>
{
    public async ValueTask<Result<RegistrationReceipt>> Handle(RegisterForEventCommand command, CancellationToken cancellationToken)
    {
        // The row keeps the token's hash, to find it, and the token encrypted, for later e-mails' links (ADR 19); encrypted
        // here, so that no encryption happens while the event's lock is held.
        var (manageToken, manageTokenHash) = ManageToken.New();
        // Anyone with credentials (a staff user, an API key) registers on someone's behalf; the public register themselves.
        var request = new RegistrationRequest(Guid.CreateVersion7(), command.Kind, command.Registrant.ToRegistrant(), command.Exhibitor?.ToDetails(),
            command.Consent.StatementVersion, command.Consent.Language, manageTokenHash, actor.IsKnown ? RegistrationSource.Staff : RegistrationSource.Public,
            command.Answers, tokens.Protect(manageToken));
        // An Idempotency-Key's answer is kept in the transaction of the registration it answers, which the pipeline
        // opened for it: such a submission is decided here, alone. The others wait their turn in the event's queue.
        var registered = command.IdempotencyKey is not null
            ? (await DecideAsync(command.EventId, [request], cancellationToken))[0]
            : await queue.SubmitAsync(command.EventId, request, actor, cancellationToken);
        return registered.IsSuccess ? new RegistrationReceipt(registered.Value, manageToken) : registered.Error!;
    }

    /// <summary>
    /// Decides submissions to one event, in the order given: lock the event, count once, let the event decide them in
    /// turn, add the accepted ones, save. Runs in the caller's transaction.
    /// </summary>
    public async Task<IReadOnlyList<Result<RegistrationResponse>>> DecideAsync(Guid eventId, IReadOnlyList<RegistrationRequest> requests, CancellationToken ct)
    {
        var evt = await seatLock.LockAsync(eventId, ct);
        // Drafts are not there for the public.
        if (evt is null || evt.Status == EventStatus.Draft) return [.. requests.Select(_ => Result<RegistrationResponse>.Failure(EventErrors.NotFound))];

        var emailKeys = requests.Select(r => Registration.EmailKeyOf(r.Registrant.Email)).ToList();
        var tally = await registrations.TallyAsync(evt.Id, emailKeys, ct);
        // Usually nobody submitting is registered yet; which ones are is asked only when some are.
        var emailsTaken = tally.EmailTaken ? await registrations.LiveEmailsAsync(evt.Id, emailKeys, ct) : [];
        var outcomes = evt.RegisterInOrder(requests, tally, emailsTaken, clock.GetUtcNow());
        // Each new registration owes its receipt e-mail, queued in the outbox by this save: it goes if and only if the registration is kept.
        db.Registrations.AddRange(outcomes.Where(o => o.IsSuccess).Select(o => o.Value));
        await db.SaveChangesAsync(ct);
        // After the save: the answers carry the row version and timestamps the database gave.
        return [.. outcomes.Select(o => o.IsSuccess ? RegistrationResponse.From(o.Value) : Result<RegistrationResponse>.Failure(o.Error!))];
    }
}
