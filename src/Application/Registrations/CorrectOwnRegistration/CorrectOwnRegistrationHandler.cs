using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.CorrectOwnRegistration;

/// <summary>
/// The registrant's own correction. A change is an ordinary update of the row: the changes feed and the
/// <c>registration.updated</c> webhook carry it like the staff's.
/// </summary>
public sealed class CorrectOwnRegistrationHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<CorrectOwnRegistrationCommand, Result<RegistrationResponse>>
{
    public async ValueTask<Result<RegistrationResponse>> Handle(CorrectOwnRegistrationCommand command, CancellationToken cancellationToken)
    {
        // A malformed token and an unknown one get the same answer: nothing tells a guesser which it was.
        if (!ManageToken.TryHash(command.Token, out var hash)) return RegistrationErrors.NotFound;
        var registration = await db.Registrations.FirstOrDefaultAsync(r => r.ManageTokenHash == hash, cancellationToken);
        if (registration is null) return RegistrationErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != registration.Version) return Error.PreconditionFailed;
        // A registration keeps its event, in the trash too (ADR 25).
        var evt = await db.Events.IgnoreQueryFilters().FirstAsync(e => e.Id == registration.EventId, cancellationToken);
        var body = command.Body;
        var corrected = evt.CorrectRegistration(registration, body.Name.Trim(), Blank(body.Phone), Blank(body.Company), body.Answers ?? [], clock.GetUtcNow());
        if (!corrected.IsSuccess) return corrected.Error!;
        if (corrected.Value) await db.SaveChangesAsync(cancellationToken);
        return RegistrationResponse.From(registration);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
