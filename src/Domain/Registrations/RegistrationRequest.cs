namespace Scc.Domain.Registrations;

/// <summary>What a registrant submits, with the id and manage-token hash chosen for it, and where it came from.</summary>
public sealed record RegistrationRequest(
    Guid Id,
    RegistrationKind Kind,
    Registrant Registrant,
    ExhibitorDetails? Exhibitor,
    string StatementVersion,
    string Language,
    byte[] ManageTokenHash,
    RegistrationSource Source,
    IReadOnlyList<Answer>? Answers = null);
