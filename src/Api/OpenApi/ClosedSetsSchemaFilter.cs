using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Scc.Application.ApiKeys.CreateApiKey;
using Scc.Application.ApiKeys;
using Scc.Application.Audit;
using Scc.Application.Common.Auditing;
using Scc.Application.Feeds;
using Scc.Application.Previews.CreatePreviewLink;
using Scc.Application.Previews;
using Scc.Application.Registrations.RegisterForEvent;
using Scc.Application.Search.SearchAll;
using Scc.Application.Webhooks.CreateWebhook;
using Scc.Application.Webhooks.ListWebhookEvents;
using Scc.Application.Webhooks.UpdateWebhook;
using Scc.Application.Webhooks;
using Scc.Domain.ApiKeys;
using Scc.Domain.Common;
using Scc.Domain.Registrations;
using Scc.Domain.Webhooks;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Scc.Api.OpenApi;

/// <summary>
/// String properties whose values are a closed set kept in a list rather than an enum type (scopes, webhook event
/// types, audit actions, languages), described as the enums they are; a list of them gets the set on its items.
/// </summary>
public sealed class ClosedSetsSchemaFilter : ISchemaFilter
{
    private static readonly IReadOnlyList<string> TimelineKinds = ["event", "delegation", "mou", "partnership", "programme"];

    private static readonly Dictionary<(Type Type, string Property), IEnumerable<string>> Sets = new()
    {
        [(typeof(ApiKeyResponse), "scopes")] = ApiKeyScopes.All,
        [(typeof(CreateApiKeyCommand), "scopes")] = ApiKeyScopes.All,
        [(typeof(AuditEntryResponse), "actorKind")] = AuditActor.Kinds,
        [(typeof(AuditEntryResponse), "resourceType")] = AuditResourceTypes.All,
        [(typeof(AuditEntryResponse), "action")] = AuditActions.All,
        [(typeof(Consent), "language")] = LocalizedText.Languages,
        [(typeof(ConsentBody), "language")] = LocalizedText.Languages,
        [(typeof(FeedPage), "language")] = LocalizedText.Languages,
        [(typeof(SearchSnippet), "language")] = LocalizedText.Languages,
        [(typeof(CreateWebhookCommand), "eventTypes")] = WebhookEventTypes.All,
        [(typeof(UpdateWebhookCommand), "eventTypes")] = WebhookEventTypes.All,
        [(typeof(WebhookResponse), "eventTypes")] = WebhookEventTypes.All,
        [(typeof(WebhookDeliveryResponse), "eventType")] = WebhookEventTypes.Delivered,
        [(typeof(WebhookEventResponse), "type")] = WebhookEventTypes.All,
        [(typeof(Application.Common.TimelineEntry), "kind")] = TimelineKinds,
        [(typeof(PreviewLinkResponse), "type")] = PreviewTypes.All,
        [(typeof(CreatePreviewLinkCommand), "type")] = PreviewTypes.All,
        [(typeof(Api.Previews.PreviewResponse), "type")] = PreviewTypes.All,
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema.Properties is null) return;
        foreach (var (name, property) in schema.Properties)
        {
            if (property is not OpenApiSchema concrete) continue;
            var target = concrete.Items as OpenApiSchema ?? concrete;
            if (Sets.TryGetValue((context.Type, name), out var values)) target.Enum = [.. values.Select(v => JsonValue.Create(v))];
        }
    }
}
