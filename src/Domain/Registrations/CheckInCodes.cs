using System.Buffers.Text;
using System.Security.Cryptography;

namespace Scc.Domain.Registrations;

/// <summary>
/// The code on a registrant's ticket that the staff scan at the door (ADR 18): a prefix and 128 random bits, base64url.
/// Unlike the manage token it only checks in, so it is stored as it is and shown to the registrant whenever they ask.
/// </summary>
public static class CheckInCodes
{
    /// <summary>Tells a scanned check-in code from any other QR code at a glance.</summary>
    public const string Prefix = "ci_";

    private const int Bytes = 16;

    /// <summary>Length of a code: the prefix and 16 bytes as base64url without padding.</summary>
    public const int Length = 25;

    /// <summary>The longest code the check-in endpoint reads; anything longer is no code of ours.</summary>
    public const int MaxLength = 100;

    public static string New() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(Bytes));
}
