using System.Text.Json.Serialization;
using Mediator;
using Scc.Application.Common;
using Scc.Domain.Common;

namespace Scc.Application.Registrations.CheckIn;

/// <summary>The staff at an event's door check in whoever shows this code (a scanned QR code).</summary>
public sealed record CheckInByCodeCommand : ICommand<Result<CheckInResult>>, ITransactionalCommand
{
    [JsonIgnore]
    public Guid EventId { get; init; }

    /// <summary>The check-in code, as the QR code on the registrant's page or e-mail holds it.</summary>
    public required string Code { get; init; }
}
