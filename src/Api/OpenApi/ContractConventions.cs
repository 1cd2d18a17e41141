namespace Scc.Api.OpenApi;

/// <summary>
/// What an endpoint says about itself that the framework cannot see in its signature, for the OpenAPI document:
/// conditional requests and the problem codes of its own. The conformance test holds each endpoint to what it declares.
/// </summary>
public static class ContractConventions
{
    /// <summary>
    /// A read that sends an ETag and answers <c>If-None-Match</c> with 304 Not Modified; with <paramref name="lastModified"/>,
    /// also <c>Last-Modified</c> (a feed's newest change).
    /// </summary>
    public static TBuilder WithConditionalGet<TBuilder>(this TBuilder builder, bool lastModified = false) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ConditionalGetMetadata(lastModified));

    /// <summary>A write that compares <c>If-Match</c> with the resource's ETag and refuses a stale one with 412.</summary>
    public static TBuilder WithIfMatch<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(IfMatchMetadata.Instance);

    /// <summary>
    /// Problems this endpoint answers with <paramref name="status"/> besides those every endpoint of its kind can
    /// answer (bad input, authentication, unknown ids, rate limits, outages): their codes, from the problem catalogue.
    /// </summary>
    public static TBuilder WithProblems<TBuilder>(this TBuilder builder, int status, params string[] codes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ProblemCodesMetadata(status, codes));
}
