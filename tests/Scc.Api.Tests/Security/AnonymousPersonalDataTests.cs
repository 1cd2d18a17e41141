using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Scc.Api.Tests.Contract;
using Scc.Api.Tests.Support;
using Scc.Domain.ApiKeys;
using Scc.Domain.Events;
using Scc.Domain.Partnerships;
using Scc.Domain.Registrations;
using Scc.Domain.Webhooks;
using Scc.Infrastructure.Persistence.Auditing;

namespace Scc.Api.Tests.Security;

/// <summary>
/// Every anonymous GET of the OpenAPI document, on the demo data with every personal and secret field the audit log
/// withholds filled in: no answer may show any of their values.
/// </summary>
public sealed partial class AnonymousPersonalDataTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    /// <summary>Withheld from the audit log, yet published on purpose: whom the public asks about an event (the newsletter prints them).</summary>
    private static readonly HashSet<(Type, string)> PublishedOnPurpose = [(typeof(Event), nameof(Event.Contacts))];

    /// <summary>Operations that answer personal data to the one who holds its secret: the registrant's own registration.</summary>
    private static readonly HashSet<string> ForTheSecretsHolder = ["/api/v1/registrations/manage/{token}"];

    /// <summary>JSON as a page or script may carry it, with only the characters JSON requires escaped.</summary>
    private static readonly JsonSerializerOptions RelaxedJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task EveryAnonymousGet_OnDataWithEveryWithheldFieldFilled_AnswersNoPersonalOrSecretValue()
    {
        var (personal, filled, known) = await FillEveryWithheldFieldAsync();
        Assert.Equal(
            AuditedFields.Withheld.Select(Name).Order(StringComparer.Ordinal),
            filled.Concat(PublishedOnPurpose).Select(Name).Order(StringComparer.Ordinal));

        var document = ContractFiles.Read(ContractFiles.Committed);
        var anonymous = api.Anonymous();
        var failures = new List<string>();
        var walked = new List<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            if (item!["get"] is not JsonObject operation || !IsAnonymous(operation) || ForTheSecretsHolder.Contains(path)) continue;
            // An uploaded image's renditions are pixels encoded afresh (ADR 23): no record's text reaches them.
            if (path.StartsWith("/api/v1/images/", StringComparison.Ordinal)) continue;
            var parameters = operation["parameters"]?.AsArray().Select(p => p!).ToList() ?? [];
            foreach (var url in await UrlsAsync(anonymous, path, parameters, personal, known))
            {
                var next = url;
                for (var page = 0; next is not null && page < 50; page++)
                {
                    var response = await anonymous.GetAsync(next);
                    var text = await response.Content.ReadAsStringAsync();
                    walked.Add($"{(int)response.StatusCode} {next}");
                    var readable = Readable(text, response.Content.Headers.ContentType?.MediaType);
                    failures.AddRange(personal.Where(v => Forms(v).Any(f => readable.Contains(f, StringComparison.OrdinalIgnoreCase)))
                        .Select(v => $"GET {next}: shows \"{v}\""));
                    next = parameters.Any(p => p["name"]!.GetValue<string>() == "cursor") && NextCursor(text) is { } cursor
                        ? SetQuery(next, "cursor", cursor)
                        : null;
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Distinct()));
        // The walk reached the records holding the values, not just empty lists.
        Assert.Contains(walked, w => w.StartsWith("200 ", StringComparison.Ordinal) && w.Contains(known["partnership"], StringComparison.Ordinal));
        Assert.Contains(walked, w => w.StartsWith("200 ", StringComparison.Ordinal) && w.Contains(known["event"], StringComparison.Ordinal));
        Assert.True(walked.Count > 100, $"only {walked.Count} answers read");
    }

    /// <summary>
    /// A value as it is, and as a JSON string escapes it (the default encoder writes non-ASCII and <c>+ &lt; &gt; &amp; '</c> as
    /// <c>\uXXXX</c>), so that JSON embedded in HTML or script, which <see cref="Readable"/> does not parse, is checked too.
    /// </summary>
    private static IEnumerable<string> Forms(string value) =>
        new[] { value, JsonSerializer.Serialize(value)[1..^1], JsonSerializer.Serialize(value, RelaxedJson)[1..^1] }.Distinct(StringComparer.Ordinal);

    private static string Name((Type Entity, string Property) field) => $"{field.Entity.Name}.{field.Property}";

    /// <summary>Anonymous where the document's security allows no credentials: <c>[]</c>, or a choice that includes <c>{}</c>.</summary>
    private static bool IsAnonymous(JsonObject operation) =>
        operation["security"] is not JsonArray security || security.Count == 0 || security.Any(s => s is JsonObject { Count: 0 });

    /// <summary>
    /// Registrations (a submission with every field, an exhibitor application, answers, an integration's reference), a
    /// partner contact, an API key and a webhook secret. Returns the values, the fields they fill, and ids to visit.
    /// </summary>
    private async Task<(List<string> Personal, List<(Type, string)> Filled, Dictionary<string, string> Known)> FillEveryWithheldFieldAsync()
    {
        var personal = new List<string>();
        var filled = new List<(Type, string)>();
        var editor = api.As("editor");
        var admin = api.As("admin");

        var body = EventBodies.Seminar("Personal Data Walk Seminar", slug: "personal-data-walk-seminar");
        body["registration"] = new JsonObject
        {
            ["mode"] = "internal", ["capacity"] = 100, ["privacyStatementVersion"] = Integrations.Statement, ["kinds"] = new JsonArray("attendee", "exhibitor"),
            ["questions"] = new JsonArray(new JsonObject
            {
                ["id"] = "dietary", ["kind"] = "text", ["label"] = new JsonObject { ["en"] = "Dietary needs" },
            }),
        };
        body["contacts"] = new JsonArray(new JsonObject { ["name"] = new JsonObject { ["en"] = "SCC Secretariat" }, ["phone"] = "+852 3480 4230" });
        var eventId = (await (await editor.PostJsonAsync("/api/v1/events", body)).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        await (await editor.PostAsync($"/api/v1/events/{eventId}/publish", null)).AssertJsonAsync(HttpStatusCode.OK);

        string[] registrant = ["Kwok Piiregistrant", "pii.registrant@example.org", "+852 9876 0101", "Piicompany Holdings"];
        const string answer = "Piianswer vegetarian";
        var attendee = await (await api.Anonymous().PostJsonAsync($"/api/v1/events/{eventId}/registrations", new JsonObject
        {
            ["registrant"] = new JsonObject { ["name"] = registrant[0], ["email"] = registrant[1], ["phone"] = registrant[2], ["company"] = registrant[3] },
            ["answers"] = new JsonArray(new JsonObject { ["questionId"] = "dietary", ["text"] = answer }),
            ["consent"] = new JsonObject { ["statementVersion"] = Integrations.Statement, ["language"] = "en" },
        })).AssertJsonAsync(HttpStatusCode.Created);
        var attendeeId = Guid.Parse(attendee["registration"]!["id"]!.GetValue<string>());
        var checkInCode = await api.WithDbAsync(db => db.Registrations.Where(r => r.Id == attendeeId).Select(r => r.CheckInCode).SingleAsync());
        personal.AddRange([.. registrant, answer, attendee["manageToken"]!.GetValue<string>(), checkInCode]);
        filled.AddRange([(typeof(Registration), nameof(Registration.Registrant)), (typeof(Registration), nameof(Registration.EmailKey)),
            (typeof(Registration), nameof(Registration.Answers)), (typeof(Registration), nameof(Registration.ManageTokenHash)),
            (typeof(Registration), nameof(Registration.CheckInCode))]);

        string[] exhibitor = ["Piiexhibitor Limited", "Piitechnology sensors", "https://piiwebsite.example.org/booth", "Piiboothneeds three sockets"];
        var application = await (await api.Anonymous().PostJsonAsync($"/api/v1/events/{eventId}/registrations", new JsonObject
        {
            ["kind"] = "exhibitor",
            ["registrant"] = new JsonObject { ["name"] = "Ho Piiexhibitorname", ["email"] = "pii.exhibitor@example.org" },
            ["exhibitor"] = new JsonObject { ["companyName"] = exhibitor[0], ["technology"] = exhibitor[1], ["website"] = exhibitor[2], ["boothNeeds"] = exhibitor[3] },
            ["answers"] = new JsonArray(),
            ["consent"] = new JsonObject { ["statementVersion"] = Integrations.Statement, ["language"] = "zh-Hant" },
        })).AssertJsonAsync(HttpStatusCode.Created);
        personal.AddRange([.. exhibitor, "Ho Piiexhibitorname", "pii.exhibitor@example.org", application["manageToken"]!.GetValue<string>()]);
        filled.Add((typeof(Registration), nameof(Registration.Exhibitor)));

        var (_, secret) = await api.CreateKeyAsync([ApiKeyScopes.RegistrationsRead, ApiKeyScopes.RegistrationsWrite]);
        const string reference = "PII-EXTREF-0001";
        await (await api.WithKey(secret).PostJsonAsync($"/api/v1/events/{eventId}/registrations/bulk", new JsonObject
        {
            ["items"] = new JsonArray(new JsonObject
            {
                ["externalReference"] = reference,
                ["registrant"] = new JsonObject { ["name"] = "Yip Piibulkname", ["email"] = "pii.bulk@example.org" },
                ["consent"] = new JsonObject { ["statementVersion"] = Integrations.Statement, ["language"] = "en" },
            }),
        })).AssertJsonAsync(HttpStatusCode.OK);
        personal.AddRange([reference, "Yip Piibulkname", "pii.bulk@example.org", secret]);
        filled.AddRange([(typeof(Registration), nameof(Registration.ExternalReference)), (typeof(ApiKey), nameof(ApiKey.SecretHash))]);

        string[] contact = ["Ms Piipartnercontact", "陳夥伴聯絡", "pii.partner@example.org", "+852 9876 0202"];
        var organisationId = (await (await editor.PostJsonAsync("/api/v1/organisations", new JsonObject
        {
            ["name"] = new JsonObject { ["en"] = "Personal Data Walk Partner" }, ["kind"] = "company",
        })).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        var partnershipId = (await (await editor.PostJsonAsync("/api/v1/partnerships", new JsonObject
        {
            ["organisationId"] = organisationId, ["sccRole"] = "sponsor", ["scope"] = new JsonObject { ["kind"] = "event", ["eventId"] = eventId },
            ["contact"] = new JsonObject { ["name"] = new JsonObject { ["en"] = contact[0], ["zh-Hant"] = contact[1] }, ["email"] = contact[2], ["phone"] = contact[3] },
        })).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        personal.AddRange(contact);
        filled.Add((typeof(Partnership), nameof(Partnership.Contact)));

        const string webhookSecret = "whsec_cGlpc2VjcmV0LTAxMjM0NTY3ODlhYmNkZWYh";
        var webhookId = (await (await admin.PostJsonAsync("/api/v1/webhooks", new JsonObject
        {
            ["url"] = "https://crm.example.org/hooks/personal-data-walk", ["eventTypes"] = new JsonArray("registration.created"), ["secret"] = webhookSecret,
        })).AssertJsonAsync(HttpStatusCode.Created))["webhook"]!["id"]!.GetValue<string>();
        // Rotated: the secret supplied becomes the previous one, and a new one is made.
        var rotatedSecret = (await (await admin.PostAsync($"/api/v1/webhooks/{webhookId}/secret-rotations", null)).AssertJsonAsync(HttpStatusCode.OK))["secret"]!.GetValue<string>();
        personal.AddRange([webhookSecret, rotatedSecret]);
        filled.Add((typeof(WebhookSubscription), nameof(WebhookSubscription.ProtectedSecret)));
        filled.Add((typeof(WebhookSubscription), nameof(WebhookSubscription.ProtectedPreviousSecret)));

        var known = new Dictionary<string, string>
        {
            ["event"] = eventId, ["partnership"] = partnershipId, ["organisation"] = organisationId, ["eventSlug"] = "personal-data-walk-seminar",
        };
        return (personal, filled, known);
    }

    /// <summary>
    /// The addresses to read for one operation: every id or slug its collection lists anonymously (and the records made
    /// above), lists at their largest page, and every <c>q</c> with each personal value (a search must not find by them).
    /// </summary>
    private static async Task<List<string>> UrlsAsync(HttpClient anonymous, string path, List<JsonNode> parameters, List<string> personal,
        Dictionary<string, string> known)
    {
        var query = new List<string>();
        var required = new List<string>();
        foreach (var parameter in parameters.Where(p => p["in"]!.GetValue<string>() == "query"))
        {
            var name = parameter["name"]!.GetValue<string>();
            if (name == "limit") query.Add($"limit={parameter["schema"]?["maximum"]?.GetValue<int>() ?? 100}");
            else if (parameter["required"]?.GetValue<bool>() == true)
                (name == "q" ? required : query).Add($"{name}={Uri.EscapeDataString((parameter["example"] ?? parameter["schema"]!["example"])!.ToString())}");
        }
        var searches = parameters.Any(p => p["name"]!.GetValue<string>() == "q" && p["in"]!.GetValue<string>() == "query")
            ? personal.Select(v => "q=" + Uri.EscapeDataString(v)).ToList()
            : [];
        // Once as it stands (with the documented example of a required q), then once for each personal value as q.
        var queries = new[] { string.Join('&', query.Concat(required)) }.Concat(searches.Select(s => string.Join('&', query.Append(s))))
            .Select(q => q.Length == 0 ? "" : "?" + q).ToList();

        var templates = new List<string>();
        var routeValues = RouteValue().Matches(path).Select(m => m.Groups[1].Value).ToList();
        if (routeValues.Count == 0) templates.Add(path);
        else
        {
            Assert.True(routeValues.Count == 1, $"{path}: more than one route value; teach the walk where to find them");
            var collection = path[..path.IndexOf('{', StringComparison.Ordinal)].TrimEnd('/');
            if (collection.EndsWith("/by-slug", StringComparison.Ordinal)) collection = collection[..^"/by-slug".Length];
            var property = routeValues[0] == "slug" ? "slug" : "id";
            var values = await ListedAsync(anonymous, collection, property);
            values.AddRange(known.Where(k => property == "slug" ? k.Key.EndsWith("Slug", StringComparison.Ordinal) : !k.Key.EndsWith("Slug", StringComparison.Ordinal))
                .Select(k => k.Value));
            Assert.True(values.Count > 0, $"{path}: no {property} found in the anonymous answers of {collection}");
            templates.AddRange(values.Distinct().Select(v => RouteValue().Replace(path, v)));
        }
        return [.. templates.SelectMany(t => queries.Select(q => t + q))];
    }

    /// <summary>The ids or slugs of every item a collection lists to anonymous callers, page after page.</summary>
    private static async Task<List<string>> ListedAsync(HttpClient anonymous, string collection, string property)
    {
        var values = new List<string>();
        string? next = collection + "?limit=100";
        for (var page = 0; next is not null && page < 50; page++)
        {
            var response = await anonymous.GetAsync(next);
            if (!response.IsSuccessStatusCode) break;
            var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync());
            var items = answer as JsonArray ?? (answer as JsonObject)?["items"]?.AsArray();
            values.AddRange(items?.Select(i => i?[property]?.GetValue<string>()).OfType<string>() ?? []);
            next = answer is JsonObject listed && listed["nextCursor"]?.GetValue<string>() is { } cursor ? SetQuery(next, "cursor", cursor) : null;
        }
        return values;
    }

    /// <summary>
    /// The answer as a reader sees it: JSON with its strings unescaped, iCalendar with its lines unfolded, HTML and XML
    /// with their entities decoded, so that no encoding hides a value from the check.
    /// </summary>
    private static string Readable(string text, string? mediaType)
    {
        var readable = new StringBuilder(text).Append('\n');
        if (mediaType is not null && mediaType.Contains("json", StringComparison.Ordinal))
        {
            try
            {
                foreach (var value in Strings(JsonNode.Parse(text))) readable.Append(value).Append('\n');
            }
            catch (JsonException)
            {
                // Not JSON after all: the raw text is checked.
            }
        }
        readable.Append(text.Replace("\r\n ", "", StringComparison.Ordinal).Replace("\r\n\t", "", StringComparison.Ordinal)
            .Replace("\\,", ",", StringComparison.Ordinal).Replace("\\;", ";", StringComparison.Ordinal)).Append('\n');
        readable.Append(WebUtility.HtmlDecode(text));
        return readable.ToString();
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value).Prepend(p.Key)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    private static string? NextCursor(string text)
    {
        try
        {
            return JsonNode.Parse(text) is JsonObject o && o["nextCursor"] is JsonValue v && v.TryGetValue<string>(out var cursor) ? cursor : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string SetQuery(string url, string name, string value)
    {
        var withoutOld = Regex.Replace(url, $"([?&]){name}=[^&]*&?", "$1").TrimEnd('&', '?');
        return withoutOld + (withoutOld.Contains('?', StringComparison.Ordinal) ? "&" : "?") + name + "=" + Uri.EscapeDataString(value);
    }

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex RouteValue();
}
