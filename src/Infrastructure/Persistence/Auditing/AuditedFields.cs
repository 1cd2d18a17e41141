using Scc.Application.Common.Auditing;
using Scc.Domain.ApiKeys;
using Scc.Domain.Delegations;
using Scc.Domain.Digests;
using Scc.Domain.Events;
using Scc.Domain.Mous;
using Scc.Domain.Organisations;
using Scc.Domain.Partnerships;
using Scc.Domain.People;
using Scc.Domain.Previews;
using Scc.Domain.Programmes;
using Scc.Domain.Registrations;
using Scc.Domain.Webhooks;

namespace Scc.Infrastructure.Persistence.Auditing;

/// <summary>
/// The one place that says which entities the audit log follows, under which resource name, and which of their
/// fields are personal or secret. Those are logged by name only, never by value. What the API publishes to anyone
/// (event titles, the people directory, organisations) is not withheld; registrants' data, contact details, token
/// and key hashes and shared secrets are.
/// </summary>
public static class AuditedFields
{
    public static readonly IReadOnlyDictionary<Type, string> ResourceTypes = new Dictionary<Type, string>
    {
        [typeof(Event)] = AuditResourceTypes.Event,
        [typeof(EventSeries)] = AuditResourceTypes.EventSeries,
        [typeof(Delegation)] = AuditResourceTypes.Delegation,
        [typeof(Mou)] = AuditResourceTypes.Mou,
        [typeof(Organisation)] = AuditResourceTypes.Organisation,
        [typeof(Person)] = AuditResourceTypes.Person,
        [typeof(FundingProgramme)] = AuditResourceTypes.FundingProgramme,
        [typeof(Programme)] = AuditResourceTypes.Programme,
        [typeof(Partnership)] = AuditResourceTypes.Partnership,
        [typeof(Registration)] = AuditResourceTypes.Registration,
        [typeof(Digest)] = AuditResourceTypes.Digest,
        [typeof(WebhookSubscription)] = AuditResourceTypes.WebhookSubscription,
        [typeof(WebhookDelivery)] = AuditResourceTypes.WebhookDelivery,
        [typeof(ApiKey)] = AuditResourceTypes.ApiKey,
        [typeof(PreviewLink)] = AuditResourceTypes.PreviewLink,
    };

    /// <summary>Personal or secret fields, by entity and property (an owned navigation covers all its fields).</summary>
    public static readonly IReadOnlySet<(Type Entity, string Property)> Withheld = new HashSet<(Type, string)>
    {
        // A registrant's name, email, phone and company.
        (typeof(Registration), nameof(Registration.Registrant)),
        (typeof(Registration), nameof(Registration.EmailKey)),
        (typeof(Registration), nameof(Registration.Exhibitor)),
        (typeof(Registration), nameof(Registration.Answers)),
        (typeof(Registration), nameof(Registration.ManageTokenHash)),
        // It checks its holder in: whoever reads the log must not be able to.
        (typeof(Registration), nameof(Registration.CheckInCode)),
        // An integration's own id for a person may well be their email address.
        (typeof(Registration), nameof(Registration.ExternalReference)),
        (typeof(Event), nameof(Event.Contacts)),
        (typeof(Partnership), nameof(Partnership.Contact)),
        (typeof(ApiKey), nameof(ApiKey.SecretHash)),
        (typeof(WebhookSubscription), nameof(WebhookSubscription.ProtectedSecret)),
        (typeof(WebhookSubscription), nameof(WebhookSubscription.ProtectedPreviousSecret)),
    };

    public static bool IsWithheld(Type entity, string property) => Withheld.Contains((entity, property));
}
