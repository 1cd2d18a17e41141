namespace Scc.Application.Webhooks;

/// <summary>
/// Encrypts webhook signing secrets for storage, and decrypts them to sign a delivery. Only the encrypted form is
/// stored; the secret itself is shown once, in the answer that created the subscription.
/// </summary>
public interface IWebhookSecretProtector
{
    /// <summary>The secret, encrypted and authenticated, as stored in <c>WebhookSubscription.ProtectedSecret</c>.</summary>
    string Protect(string secret);

    /// <summary>
    /// The secret again. Throws <see cref="System.Security.Cryptography.CryptographicException"/> when it cannot be read:
    /// the key that encrypted it is missing from the key ring, or its certificate is.
    /// </summary>
    string Unprotect(string protectedSecret);
}
