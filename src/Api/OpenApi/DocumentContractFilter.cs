using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Scc.Api.OpenApi;

/// <summary>The document's own parts: where it is served from, and what each tag holds.</summary>
public sealed class DocumentContractFilter : IDocumentFilter
{
    /// <summary>Each tag's description; a tag an operation uses without one here fails the document's generation.</summary>
    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Events"] = "Seminars, trainings, forums, exhibitions, pavilions and award ceremonies, in English and Traditional Chinese. " +
                     "Anyone reads published events; staff write and also see drafts.",
        ["Event series"] = "Events that belong together, such as a course of trainings given in sessions.",
        ["Organisations"] = "Bodies the consortium works with, in any role: organiser, supporting organisation, sponsor, funder, MoU party.",
        ["Partnerships"] = "What the consortium does with another body, and in which roles, for a period, an event, a series or a programme.",
        ["People"] = "People named in events, delegations and MoUs, with the titles they held and when.",
        ["Funding programmes"] = "Funds that pay for events, with the disclaimer each requires wherever a funded event is published.",
        ["Programmes"] = "Standing programmes that host events.",
        ["Delegations"] = "Trade delegations and duty visits: destinations, participants, itinerary and outcomes.",
        ["MoUs"] = "Memoranda of understanding: parties, signatories, where and when they were signed, and their term.",
        ["Search"] = "One search over every published resource, in either language, ranked.",
        ["Feeds"] = "Published events for partner sites and calendar apps: JSON, iCalendar and Atom, in one language, cached, readable from any origin.",
        ["Registrations"] = "Registering for an event (anonymous), the registrant's own registration through its secret token, and the staff's decisions.",
        ["Registrations: integration"] = "Registrations for integration scripts with API keys, and for staff: lists across events, the changes feed, " +
                                         "bulk upsert by the integration's own reference, exports and erasure.",
        ["Digests"] = "The quarterly e-newsletter, composed from the events, delegations and MoUs of its period.",
        ["Webhooks"] = "Subscriptions that receive signed notifications of changes, and their deliveries.",
        ["Changes"] = "One feed of every change to the published content, in commit-safe order, for mirrors and static sites.",
        ["API keys"] = "Keys for integration scripts, each with its scopes; shown once, stored hashed, revocable.",
        ["Audit"] = "Who changed what, and when: every staff and integration write.",
        ["Exports"] = "The directory (organisations, people, partnerships) in one file each, as CSV for spreadsheets or JSON, for staff.",
        ["Translations"] = "What editors still have to translate: published texts that have one language and lack the other.",
        ["Trash"] = "Deleted content, restorable as it was until it is purged for good after the trash period.",
        ["Preview links"] = "Signed, expiring, revocable links that show a draft to someone outside the staff as the public will see it; never cached, indexed, listed or in a feed.",
        ["Images"] = "Uploaded posters, logos and portraits in their renditions: stable addresses, cached for a year. Uploads are made at the resource (`PUT /api/v1/events/{id}/poster`...).",
    };

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        // Every deployment serves the document at its own origin, so the API is where the document is.
        swaggerDoc.Servers = [new OpenApiServer { Url = "/", Description = "The host that serves this document." }];

        var used = swaggerDoc.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Name).OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var tags = new HashSet<OpenApiTag>();
        foreach (var name in used.Order(StringComparer.Ordinal))
        {
            if (!TagDescriptions.TryGetValue(name, out var description)) throw new InvalidOperationException($"The tag '{name}' has no description.");
            tags.Add(new OpenApiTag { Name = name, Description = description });
        }
        swaggerDoc.Tags = tags;
        // An item of a bulk upsert fails with a problem code of the catalogue, as a whole request would.
        if (swaggerDoc.Components?.Schemas is { } schemas && schemas.TryGetValue("BulkItemError", out var bulkError) && bulkError is OpenApiSchema { Properties: { } itemError })
            itemError["code"] = new OpenApiSchemaReference(ProblemResponses.CodeSchemaId, swaggerDoc);
        ShareExamples(swaggerDoc);
    }

    /// <summary>
    /// An answer without an example of its own (a transition the demo data never reaches) shows one of another
    /// operation's answers of the same schema, or the first item of a page of it.
    /// </summary>
    private static void ShareExamples(OpenApiDocument document)
    {
        var media = document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(o => o.Responses?.Where(r => r.Key.StartsWith('2')).Select(r => r.Value) ?? [])
            .SelectMany(r => r.Content?.Where(c => c.Key == "application/json").Select(c => c.Value) ?? [])
            .OfType<OpenApiMediaType>().ToList();
        var byType = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var answer in media.Where(m => m.Example is not null))
        {
            if (answer.Schema is OpenApiSchemaReference { Reference.Id: { } id }) byType.TryAdd(id, answer.Example!);
            // A page's schema names its item type: EventSummaryPage holds EventSummary items.
            if (answer.Schema is OpenApiSchemaReference { Reference.Id: { } page } && page.EndsWith("Page", StringComparison.Ordinal) &&
                answer.Example?["items"] is JsonArray { Count: > 0 } items)
                byType.TryAdd(page[..^"Page".Length], items[0]!);
        }
        foreach (var answer in media.Where(m => m.Example is null))
        {
            if (answer.Schema is OpenApiSchemaReference { Reference.Id: { } id } && byType.TryGetValue(id, out var example)) answer.Example = example.DeepClone();
        }
    }
}
