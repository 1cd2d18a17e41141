namespace Scc.Application.Common.Outbox;

/// <summary>
/// The data of a content webhook event (<c>organisation.updated</c>, <c>delegation.deleted</c>...): which resource, and where
/// to read it. No content rides along: read it with your own credentials, as the public or as staff.
/// </summary>
public sealed record ContentWebhookData(Guid Id, Uri Path);
