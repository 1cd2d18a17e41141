using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Scc.Api.Previews;

/// <summary>
/// The secret part of a preview link's address: the link's id, encrypted and signed with the API's shared Data
/// Protection key ring (ADR 26), so every instance reads what any instance issued, and an altered or made-up token is
/// refused before the database is asked. Expiry and revocation live on the link's record.
/// </summary>
public sealed class PreviewTokens(IDataProtectionProvider provider)
{
    /// <summary>The purpose string; changing it makes every issued link unreadable.</summary>
    public const string Purpose = "Scc.Previews.Link.v1";

    private readonly IDataProtector protector = provider.CreateProtector(Purpose);

    public string Issue(Guid linkId) => Base64Url.EncodeToString(protector.Protect(linkId.ToByteArray()));

    /// <summary>The link's id; false for a token this API did not issue, or one altered since.</summary>
    public bool TryRead(string token, out Guid linkId)
    {
        linkId = Guid.Empty;
        // A real token is about 160 characters; anything far longer is not worth decoding.
        if (token.Length > 512 || !Base64Url.IsValid(token)) return false;
        try
        {
            var id = protector.Unprotect(Base64Url.DecodeFromChars(token));
            if (id.Length != 16) return false;
            linkId = new Guid(id);
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
