namespace Scc.Application.Digests;

/// <summary>How digests recognise the consortium among the organisations (setting <c>Digests:ConsortiumSlug</c>, default <c>scc</c>).</summary>
public sealed record DigestSettings(string ConsortiumSlug)
{
    public const string DefaultConsortiumSlug = "scc";
}
