using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Idempotency;
using Scc.Domain.Common;
using Scc.Domain.Events;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.RegisterForEvent;

public sealed class RegisterForEventHandler(IAppDbContext db, TimeProvider clock)
    : ICommandHandler<RegisterForEventCommand, Result<RegistrationReceipt>>
{
    public async ValueTask<Result<RegistrationReceipt>> Handle(RegisterForEventCommand command, CancellationToken cancellationToken)
    {
        if (command.IdempotencyKey is null)
            return await EventRegistrations.InTransactionAsync(db, ct => RegisterAsync(command, ct), cancellationToken);

        var key = new IdempotencyKey(command.IdempotencyKey);
        var requestHash = IdempotencyKey.RequestHash(command, command.EventId);
        // An expected failure (full, closed...) is an answer too, replayed like a success: commit it with the key.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async Task<Result<RegistrationReceipt>> (CancellationToken ct) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var first = await IdempotencyStore.ClaimAsync(db, key, requestHash, clock.GetUtcNow(), ct);
            if (first is not null)
            {
                if (!first.RequestHash.AsSpan().SequenceEqual(requestHash)) return IdempotencyStore.KeyReused;
                return key.Open<StoredOutcome<RegistrationReceipt>>(first.Outcome!).ToResult();
            }
            var result = await RegisterAsync(command, ct);
            await IdempotencyStore.SaveAsync(db, key, key.Seal(StoredOutcome<RegistrationReceipt>.From(result)), ct);
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);
    }

    private async Task<Result<RegistrationReceipt>> RegisterAsync(RegisterForEventCommand command, CancellationToken ct)
    {
        var (token, hash) = ManageToken.New();
        var person = command.Registrant;
        var registrant = new Registrant(person.Name.Trim(), person.Email.Trim(), person.Phone?.Trim(), person.Company?.Trim());
        var exhibitor = command.Exhibitor is { } e ? new ExhibitorDetails(e.CompanyName.Trim(), e.Technology.Trim(), e.Website, e.BoothNeeds) : null;
        var request = new RegistrationRequest(Guid.CreateVersion7(), command.Kind, registrant, exhibitor,
            command.Consent.StatementVersion, command.Consent.Language, hash, command.Answers);

        var evt = await EventRegistrations.LockEventAsync(db, command.EventId, ct);
        // Drafts are not there for the public.
        if (evt is null || evt.Status == EventStatus.Draft) return EventErrors.NotFound;
        var tally = await EventRegistrations.TallyAsync(db, evt.Id, Registration.EmailKeyOf(registrant.Email), ct);
        var registered = evt.Register(request, tally, clock.GetUtcNow());
        if (!registered.IsSuccess) return registered.Error!;
        db.Registrations.Add(registered.Value);
        // Queued with the registration, in its transaction: the email goes if and only if the registration is kept.
        db.OutboxMessages.Add(RegistrationEmail.Message(registered.Value, evt, token, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return new RegistrationReceipt(RegistrationResponse.From(registered.Value), token);
    }
}
