namespace Scc.Api.OpenApi;

/// <summary>Marks a write that honours <c>If-Match</c>.</summary>
public sealed class IfMatchMetadata
{
    public static IfMatchMetadata Instance { get; } = new();

    private IfMatchMetadata()
    {
    }
}
