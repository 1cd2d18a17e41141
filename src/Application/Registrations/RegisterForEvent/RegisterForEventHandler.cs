using Mediator;
using Scc.Application.Common.Auditing;
using Scc.Domain.Common;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.RegisterForEvent;

public sealed class RegisterForEventHandler(ISubmissionQueue queue, EventSubmissions submissions, IManageTokenProtector tokens, AuditActor actor)
    : ICommandHandler<RegisterForEventCommand, Result<RegistrationReceipt>>
{
    public async ValueTask<Result<RegistrationReceipt>> Handle(RegisterForEventCommand command, CancellationToken cancellationToken)
    {
        // Anyone with credentials (a staff user, an API key) registers on someone's behalf; the public register themselves.
        var submission = Submission.From(command, actor.IsKnown ? RegistrationSource.Staff : RegistrationSource.Public, tokens);
        // An Idempotency-Key's answer is kept in the transaction of the registration it answers, which the pipeline
        // opened for it: such a submission is decided here, alone. The others wait their turn in the event's queue.
        return command.IdempotencyKey is not null
            ? (await submissions.DecideAsync(command.EventId, [submission], cancellationToken))[0]
            : await queue.SubmitAsync(command.EventId, submission, actor, cancellationToken);
    }
}
