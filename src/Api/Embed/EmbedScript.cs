using System.Buffers.Text;
using System.Security.Cryptography;

namespace Scc.Api.Embed;

/// <summary>The widget script, read once from the assembly, with the strong ETag of its exact bytes.</summary>
public sealed class EmbedScript
{
    public const string ResourceName = "Scc.Api.Embed.events.js";
    public const string ContentType = "text/javascript; charset=utf-8";

    /// <summary>Partners cannot version the address they paste, so a new script reaches them within the hour.</summary>
    public const string CacheControl = "public, max-age=3600, stale-while-revalidate=86400";

    public EmbedScript()
    {
        using var stream = typeof(EmbedScript).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        Bytes = copy.ToArray();
        ETag = $"\"{Base64Url.EncodeToString(SHA256.HashData(Bytes))}\"";
    }

    public byte[] Bytes { get; }

    public string ETag { get; }
}
