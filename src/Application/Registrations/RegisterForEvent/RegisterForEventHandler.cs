using Mediator;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Events;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.RegisterForEvent;

public sealed class RegisterForEventHandler(IAppDbContext db, TimeProvider clock)
    : ICommandHandler<RegisterForEventCommand, Result<RegistrationReceipt>>
{
    public async ValueTask<Result<RegistrationReceipt>> Handle(RegisterForEventCommand command, CancellationToken cancellationToken)
    {
        var (token, hash) = ManageToken.New();
        var person = command.Registrant;
        var registrant = new Registrant(person.Name.Trim(), person.Email.Trim(), person.Phone?.Trim(), person.Company?.Trim());
        var exhibitor = command.Exhibitor is { } e ? new ExhibitorDetails(e.CompanyName.Trim(), e.Technology.Trim(), e.Website, e.BoothNeeds) : null;
        var request = new RegistrationRequest(Guid.CreateVersion7(), command.Kind, registrant, exhibitor,
            command.Consent.StatementVersion, command.Consent.Language, hash);

        return await EventRegistrations.InTransactionAsync(db, async ct =>
        {
            var evt = await EventRegistrations.LockEventAsync(db, command.EventId, ct);
            // Drafts are not there for the public.
            if (evt is null || evt.Status == EventStatus.Draft) return Result<RegistrationReceipt>.Failure(EventErrors.NotFound);
            var tally = await EventRegistrations.TallyAsync(db, evt.Id, Registration.EmailKeyOf(registrant.Email), ct);
            var registered = evt.Register(request, tally, clock.GetUtcNow());
            if (!registered.IsSuccess) return registered.Error!;
            db.Registrations.Add(registered.Value);
            await db.SaveChangesAsync(ct);
            return new RegistrationReceipt(RegistrationResponse.From(registered.Value), token);
        }, cancellationToken);
    }
}
