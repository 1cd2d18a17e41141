namespace Scc.Application.Common;

/// <summary>
/// The API's public address in this scope, for the absolute links answers carry (an image's renditions). Set by the API
/// from each request, as the feeds' links are; without a request (background work) links stay relative to the API's root.
/// </summary>
public sealed class PublicAddress
{
    /// <summary>The address the API was called at, ending in <c>/</c> (<c>https://api.example/</c>); null outside a request.</summary>
    public Uri? BaseUrl { get; private set; }

    public void Set(Uri baseUrl) => BaseUrl = baseUrl;

    /// <summary><paramref name="path"/> (no leading slash) on the API's address, or from its root where none is known.</summary>
    public Uri Link(string path) => Link(BaseUrl, path);

    /// <summary><paramref name="path"/> (no leading slash) on <paramref name="baseUrl"/>, or from the API's root where it is null.</summary>
    public static Uri Link(Uri? baseUrl, string path) => baseUrl is not null ? new Uri(baseUrl, path) : new Uri("/" + path, UriKind.Relative);
}
