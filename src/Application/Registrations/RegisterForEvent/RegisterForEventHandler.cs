using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Auditing;
using Scc.Application.Common.Idempotency;
using Scc.Domain.Common;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.RegisterForEvent;

public sealed class RegisterForEventHandler(IAppDbContext db, TimeProvider clock, AuditActor actor, SubmissionBatches batches)
    : ICommandHandler<RegisterForEventCommand, Result<RegistrationReceipt>>
{
    public async ValueTask<Result<RegistrationReceipt>> Handle(RegisterForEventCommand command, CancellationToken cancellationToken)
    {
        if (command.IdempotencyKey is null)
        {
            // Anonymous submissions (the public form, the rush) go together with the others waiting for the event.
            // Staff and API keys go alone, so the audit log names them.
            if (!actor.IsKnown)
            {
                var (token, hash) = ManageToken.New();
                var batched = await batches.SubmitAsync(command.EventId, Request(command, hash), token, cancellationToken);
                if (batched is not null) return batched;
            }
            return await EventRegistrations.InTransactionAsync(db, ct => RegisterAsync(command, ct), cancellationToken);
        }

        var key = new IdempotencyKey(command.IdempotencyKey,
            command.IdempotencyOwner ?? throw new InvalidOperationException("The endpoint names the owner of an Idempotency-Key."));
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

    private static RegistrationRequest Request(RegisterForEventCommand command, byte[] manageTokenHash)
    {
        var person = command.Registrant;
        var registrant = new Registrant(person.Name.Trim(), person.Email.Trim(), person.Phone?.Trim(), person.Company?.Trim());
        var exhibitor = command.Exhibitor is { } e ? new ExhibitorDetails(e.CompanyName.Trim(), e.Technology.Trim(), e.Website, e.BoothNeeds) : null;
        return new RegistrationRequest(Guid.CreateVersion7(), command.Kind, registrant, exhibitor,
            command.Consent.StatementVersion, command.Consent.Language, manageTokenHash, command.Answers);
    }

    private async Task<Result<RegistrationReceipt>> RegisterAsync(RegisterForEventCommand command, CancellationToken ct)
    {
        var (token, hash) = ManageToken.New();
        var outcome = (await SubmissionBatches.DecideAsync(db, command.EventId, [new(Request(command, hash), token)], clock.GetUtcNow(), ct))[0];
        if (!outcome.IsSuccess) return outcome.Error!;
        await db.SaveChangesAsync(ct);
        return new RegistrationReceipt(RegistrationResponse.From(outcome.Value), token);
    }
}
