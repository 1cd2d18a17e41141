using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Registrations.EraseRegistration;

/// <summary>Erases one registration's personal data (PDPO); erasing again changes nothing.</summary>
public sealed record EraseRegistrationCommand(Guid Id) : ICommand<Result<RegistrationResponse>>;
