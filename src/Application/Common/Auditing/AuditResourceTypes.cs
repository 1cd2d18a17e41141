namespace Scc.Application.Common.Auditing;

/// <summary>The kinds of resource the audit log names, as the API's paths name them (camelCase).</summary>
public static class AuditResourceTypes
{
    public const string Event = "event";
    public const string EventSeries = "eventSeries";
    public const string Delegation = "delegation";
    public const string Mou = "mou";
    public const string Organisation = "organisation";
    public const string Person = "person";
    public const string FundingProgramme = "fundingProgramme";
    public const string Programme = "programme";
    public const string Partnership = "partnership";
    public const string Registration = "registration";
    public const string Digest = "digest";
    public const string WebhookSubscription = "webhookSubscription";
    public const string WebhookDelivery = "webhookDelivery";
    public const string ApiKey = "apiKey";
    public const string PreviewLink = "previewLink";

    public static readonly IReadOnlyList<string> All =
    [
        Event, EventSeries, Delegation, Mou, Organisation, Person, FundingProgramme, Programme, Partnership, Registration, Digest,
        WebhookSubscription, WebhookDelivery, ApiKey, PreviewLink,
    ];
}
