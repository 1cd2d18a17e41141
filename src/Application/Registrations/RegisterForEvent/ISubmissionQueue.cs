using Scc.Application.Common.Auditing;
using Scc.Domain.Common;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.RegisterForEvent;

/// <summary>
/// Where submissions to an event wait their turn for its seats (port). Infrastructure takes those waiting for the
/// same event together and runs <see cref="RegisterForEventHandler.DecideAsync"/> for each batch, in the batch's own
/// scope and transaction: one lock, one count and one save for a batch, each submission still decided in the order it
/// arrived (ADR 17).
/// </summary>
public interface ISubmissionQueue
{
    /// <param name="actor">Who submits: the audit log names staff and API keys, so only the public's submissions share a batch.</param>
    Task<Result<RegistrationResponse>> SubmitAsync(Guid eventId, RegistrationRequest request, AuditActor actor, CancellationToken cancellationToken);
}
