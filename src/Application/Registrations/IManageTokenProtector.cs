namespace Scc.Application.Registrations;

/// <summary>
/// Encrypts manage tokens for storage (<see cref="Domain.Registrations.Registration.ProtectedManageToken"/>), so later
/// e-mails can carry a working link, and decrypts them to write that link. Look-ups still go by the token's hash.
/// </summary>
public interface IManageTokenProtector
{
    string Protect(string token);

    /// <summary>The token again; throws <see cref="System.Security.Cryptography.CryptographicException"/> when its key is gone.</summary>
    string Unprotect(string protectedToken);
}
