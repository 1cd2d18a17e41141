namespace Scc.Api.OpenApi;

/// <summary>Marks a read answered with an ETag and 304 on <c>If-None-Match</c>; a feed also says when it last changed.</summary>
/// <param name="LastModified">The answer carries <c>Last-Modified</c> when it holds anything dated.</param>
public sealed record ConditionalGetMetadata(bool LastModified);
