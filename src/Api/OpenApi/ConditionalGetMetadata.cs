namespace Scc.Api.OpenApi;

/// <summary>Marks a read answered with an ETag and 304 on <c>If-None-Match</c>.</summary>
public sealed class ConditionalGetMetadata
{
    public static ConditionalGetMetadata Instance { get; } = new();

    private ConditionalGetMetadata()
    {
    }
}
