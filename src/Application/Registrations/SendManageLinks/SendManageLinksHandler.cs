using Mediator;
using Scc.Application.Common;
using Scc.Domain.Common;

namespace Scc.Application.Registrations.SendManageLinks;

/// <summary>
/// Queues the request in the outbox and nothing more: whether the address has registrations is found out when it is
/// sent (<see cref="ManageLinksEmail"/>), so the answer and its timing are the same for any address.
/// </summary>
public sealed class SendManageLinksHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<SendManageLinksCommand, Result>
{
    public async ValueTask<Result> Handle(SendManageLinksCommand command, CancellationToken cancellationToken)
    {
        db.OutboxMessages.Add(ManageLinksEmail.Message(new ManageLinksEmail(command.Email.Trim(), command.EventId), clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
