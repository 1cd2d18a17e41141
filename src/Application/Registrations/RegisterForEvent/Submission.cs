using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.RegisterForEvent;

/// <summary>
/// A submission as the event sees it, with the manage token its receipt will carry; the row stores its hash, to look it
/// up, and the token encrypted, for later e-mails' links (ADR 19). Encrypted here, before the submission waits for the
/// event's lock, so that no encryption (nor the key ring's first load) happens while the lock is held.
/// </summary>
public sealed record Submission(RegistrationRequest Request, string ManageToken, string ProtectedManageToken)
{
    public static Submission From(RegisterForEventCommand command, RegistrationSource source, IManageTokenProtector tokens)
    {
        var (token, hash) = Domain.Registrations.ManageToken.New();
        var request = new RegistrationRequest(Guid.CreateVersion7(), command.Kind, command.Registrant.ToRegistrant(), command.Exhibitor?.ToDetails(),
            command.Consent.StatementVersion, command.Consent.Language, hash, source, command.Answers);
        return new Submission(request, token, tokens.Protect(token));
    }
}
