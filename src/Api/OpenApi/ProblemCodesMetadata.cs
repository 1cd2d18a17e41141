namespace Scc.Api.OpenApi;

/// <summary>Problem codes an endpoint answers with one status.</summary>
public sealed record ProblemCodesMetadata(int Status, IReadOnlyList<string> Codes);
