namespace Scc.Domain.Registrations;

/// <summary>What a registrant submits, with the id and manage-token hash chosen for it, and where it came from.</summary>
/// <param name="ProtectedManageToken">The manage token encrypted at rest, for later e-mails' links (ADR 19); none for an integration's registrations.</param>
public sealed record RegistrationRequest(
    Guid Id,
    RegistrationKind Kind,
    Registrant Registrant,
    ExhibitorDetails? Exhibitor,
    string StatementVersion,
    string Language,
    byte[] ManageTokenHash,
    RegistrationSource Source,
    IReadOnlyList<Answer>? Answers = null,
    string? ProtectedManageToken = null);
