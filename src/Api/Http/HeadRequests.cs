namespace Scc.Api.Http;

/// <summary>
/// Every GET is also answered to HEAD, through the same endpoint: the same status and headers (ETag, Last-Modified,
/// Content-Type...), and no body, which Kestrel leaves out of any answer to HEAD.
/// </summary>
public static class HeadRequests
{
    public static TBuilder AnswerHeadLikeGet<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            // Routing takes the last method metadata an endpoint carries.
            if (endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault() is { HttpMethods: [var only] } methods && only == HttpMethods.Get)
                endpoint.Metadata.Add(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head], methods.AcceptCorsPreflight));
        });
        return builder;
    }
}
