namespace Scc.Domain.Webhooks;

/// <summary>The changes a webhook subscription can ask to be told about.</summary>
public static class WebhookEventTypes
{
    public const string RegistrationCreated = "registration.created";
    public const string RegistrationUpdated = "registration.updated";
    public const string RegistrationCancelled = "registration.cancelled";
    public const string EventPublished = "event.published";
    public const string EventUpdated = "event.updated";
    public const string EventCancelled = "event.cancelled";

    /// <summary>A public event taken back to draft: gone from the public's view.</summary>
    public const string EventUnpublished = "event.unpublished";

    public const string EventDeleted = "event.deleted";

    /// <summary>
    /// The other content, each told of as <c>{name}.created</c> (it came into the public's view: made, or published),
    /// <c>{name}.updated</c> and <c>{name}.deleted</c> (it left the public's view: deleted, unpublished or, for a
    /// delegation, cancelled); drafts are told of only when they become public.
    /// </summary>
    public static IReadOnlyList<string> ContentResources { get; } =
        ["series", "delegation", "mou", "partnership", "organisation", "person", "programme", "fundingProgramme", "digest"];

    public static string Created(string resource) => resource + ".created";

    public static string Updated(string resource) => resource + ".updated";

    public static string Deleted(string resource) => resource + ".deleted";

    /// <summary>A test delivery an admin asks for; sent to that one subscription only, whatever types it asks for.</summary>
    public const string Ping = "webhook.ping";

    /// <summary>The types of change a subscription can ask for (a ping is not one).</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        RegistrationCreated, RegistrationUpdated, RegistrationCancelled, EventPublished, EventUpdated, EventCancelled, EventUnpublished, EventDeleted,
        .. ContentResources.SelectMany(r => new[] { Created(r), Updated(r), Deleted(r) }),
    ];

    /// <summary>Every type a delivery can carry: the changes, and the ping.</summary>
    public static IReadOnlyList<string> Delivered { get; } = [.. All, Ping];

    public static bool IsKnown(string? type) => type is not null && All.Contains(type, StringComparer.Ordinal);
}
