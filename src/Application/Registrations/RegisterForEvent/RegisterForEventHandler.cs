using Mediator;
using Scc.Application.Common.Auditing;
using Scc.Domain.Common;

namespace Scc.Application.Registrations.RegisterForEvent;

public sealed class RegisterForEventHandler(ISubmissionQueue queue, EventSubmissions submissions, IManageTokenProtector tokens, AuditActor actor)
    : ICommandHandler<RegisterForEventCommand, Result<RegistrationReceipt>>
{
    public async ValueTask<Result<RegistrationReceipt>> Handle(RegisterForEventCommand command, CancellationToken cancellationToken)
    {
        var submission = Submission.From(command, tokens);
        // An Idempotency-Key's answer is kept in the transaction of the registration it answers, which the pipeline
        // opened for it: such a submission is decided here, alone. The others wait their turn in the event's queue.
        return command.IdempotencyKey is not null
            ? (await submissions.DecideAsync(command.EventId, [submission], cancellationToken))[0]
            : await queue.SubmitAsync(command.EventId, submission, actor, cancellationToken);
    }
}
