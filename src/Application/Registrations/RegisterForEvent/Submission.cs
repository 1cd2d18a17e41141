using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.RegisterForEvent;

/// <summary>A submission as the event sees it, with the manage token its receipt will carry (only its hash is stored).</summary>
public sealed record Submission(RegistrationRequest Request, string ManageToken)
{
    public static Submission From(RegisterForEventCommand command, RegistrationSource source)
    {
        var (token, hash) = Domain.Registrations.ManageToken.New();
        var request = new RegistrationRequest(Guid.CreateVersion7(), command.Kind, command.Registrant.ToRegistrant(), command.Exhibitor?.ToDetails(),
            command.Consent.StatementVersion, command.Consent.Language, hash, source, command.Answers);
        return new Submission(request, token);
    }
}
