using Mediator;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.CorrectOwnRegistration;

/// <summary>What a registrant may correct themselves: everything they gave but the address, which is who they are.</summary>
/// <param name="Answers">All the answers, replacing the stored ones; required questions must still be answered.</param>
public sealed record RegistrationCorrectionBody(string Name, string? Phone = null, string? Company = null, IReadOnlyList<Answer>? Answers = null);

/// <summary>A registrant corrects their own registration through its manage token, while registration is open.</summary>
public sealed record CorrectOwnRegistrationCommand(string Token, RegistrationCorrectionBody Body, uint? ExpectedVersion)
    : ICommand<Result<RegistrationResponse>>, ITransactionalCommand;
