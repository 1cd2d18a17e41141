using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Registrations.EraseRegistration;

/// <summary>Erases every registration made with an email address, across events (a person's erasure request).</summary>
/// <param name="Email">Compared without regard to case, as registrations are.</param>
public sealed record ErasePersonCommand(string Email) : ICommand<Result<ErasureReport>>;
