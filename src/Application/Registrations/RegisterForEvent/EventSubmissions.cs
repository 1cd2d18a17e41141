using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Events;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.RegisterForEvent;

/// <summary>
/// Decides submissions to one event, in the order given: lock the event, count once, let the event decide each one
/// with those before it counted in, add the accepted ones (each keeping its encrypted manage token and owing its receipt e-mail), save. Runs in the caller's
/// transaction: a submission alone (in its request's) or a batch from <see cref="ISubmissionQueue"/> (in the batch's).
/// </summary>
public sealed class EventSubmissions(IAppDbContext db, IEventSeatLock seatLock, EventRegistrations registrations, TimeProvider clock)
{
    public async Task<IReadOnlyList<Result<RegistrationReceipt>>> DecideAsync(Guid eventId, IReadOnlyList<Submission> submissions, CancellationToken ct)
    {
        var evt = await seatLock.LockAsync(eventId, ct);
        // Drafts are not there for the public.
        if (evt is null || evt.Status == EventStatus.Draft) return [.. submissions.Select(_ => (Result<RegistrationReceipt>)EventErrors.NotFound)];

        var now = clock.GetUtcNow();
        var emailKeys = submissions.Select(s => Registration.EmailKeyOf(s.Request.Registrant.Email)).ToList();
        var tally = await registrations.TallyAsync(evt.Id, emailKeys, ct);
        // Usually nobody submitting is registered yet; which ones are is asked only when some are.
        var emailsTaken = tally.EmailTaken ? await registrations.LiveEmailsAsync(evt.Id, emailKeys, ct) : new HashSet<string>(StringComparer.Ordinal);
        var outcomes = new Result<Registration>[submissions.Count];
        for (var i = 0; i < submissions.Count; i++)
        {
            var registered = evt.Register(submissions[i].Request, tally with { EmailTaken = emailsTaken.Contains(emailKeys[i]) }, now);
            outcomes[i] = registered;
            if (!registered.IsSuccess) continue;
            // Queued in the outbox by the save that stores the registration: the e-mail goes if and only if it is kept.
            registered.Value.KeepManageToken(submissions[i].ProtectedManageToken);
            registered.Value.OweReceipt();
            db.Registrations.Add(registered.Value);
            tally = tally.With(registered.Value);
            emailsTaken.Add(emailKeys[i]);
        }
        await db.SaveChangesAsync(ct);
        // After the save: the receipts carry the row version and timestamps the database gave.
        return [.. outcomes.Select((outcome, i) => outcome.IsSuccess
            ? new RegistrationReceipt(RegistrationResponse.From(outcome.Value), submissions[i].ManageToken)
            : Result<RegistrationReceipt>.Failure(outcome.Error!))];
    }
}
