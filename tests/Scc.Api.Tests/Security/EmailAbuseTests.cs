using System.Net;
using System.Text.Json.Nodes;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Security;

/// <summary>
/// Anyone can make the consortium send a confirmation to any address: the confirmations one address receives are
/// limited per hour, the name the e-mail greets cannot carry a link or markup, and neither the limit nor a duplicate
/// tells a stranger more than the submission's own answer (ADR 16).
/// </summary>
public sealed class EmailAbuseTests(WebhookApiFactory api) : IClassFixture<WebhookApiFactory>
{
    /// <summary>Email:MaxPerRecipientPerHour's default.</summary>
    private const int Limit = 5;

    [Fact]
    public async Task Confirmations_ToOneAddress_StopAtTheHourlyLimit_WhileEverySubmissionIsAcceptedWithTheSameAnswer()
    {
        var events = new List<string>();
        for (var i = 0; i <= Limit + 1; i++) events.Add(await api.OpenEventAsync($"Flooded Seminar {i}"));

        var receipts = new List<JsonObject>();
        // The address in changing case: it is one mailbox, and one count.
        for (var i = 0; i <= Limit + 1; i++)
            receipts.Add(await api.RegisterAsync(events[i], i % 2 == 0 ? "flooded.inbox@example.org" : "Flooded.Inbox@Example.org"));
        var bystander = await api.RegisterAsync(events[^1], "bystander.inbox@example.org");

        await api.DispatchUntilIdleAsync();

        var flooded = api.Smtp.Messages.Count(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, "flooded.inbox@example.org", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(Limit, flooded);
        Assert.Single(api.Smtp.Messages, m => m.To.Mailboxes.Any(b => b.Address == "bystander.inbox@example.org"));
        // The answer over the limit is the answer under it: the same shape, a working manage token. The count is no
        // way to learn what an address did elsewhere.
        Assert.All(receipts.Append(bystander), receipt =>
        {
            Assert.Equal(Shape(receipts[0]), Shape(receipt));
            Assert.Equal("confirmed", receipt["registration"]!["status"]!.GetValue<string>());
        });
        var last = receipts[^1]["manageToken"]!.GetValue<string>();
        await (await api.Anonymous().GetAsync($"/api/v1/registrations/manage/{last}")).AssertJsonAsync(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("name", "Win a prize at https://prize.example.net/claim")]
    [InlineData("name", "Chan Tai Man www.prize-example.net")]
    [InlineData("name", "Visit prize-example.net today")]
    [InlineData("name", "Chan <a href=\"https://prize.example.net\">claim</a>")]
    [InlineData("name", "<b>URGENT</b> account")]
    [InlineData("name", "Chan prize.example.net/claim")]
    [InlineData("name", "Chan Tai Man javascript://x")]
    [InlineData("company", "Prize Ltd <img src=x>")]
    [InlineData("company", "http://prize.example.net")]
    public async Task Register_WithAWebAddressOrMarkupInAName_Returns400NamingTheFieldAndSendsNothing(string field, string value)
    {
        var eventId = await api.OpenEventAsync($"Spam Name Seminar {Guid.NewGuid():N}");
        var registrant = new JsonObject { ["name"] = "Chan Tai Man", ["email"] = "spam.target@example.org", [field] = value };
        var body = new JsonObject
        {
            ["registrant"] = registrant,
            ["consent"] = new JsonObject { ["statementVersion"] = Integrations.Statement, ["language"] = "en" },
        };

        var problem = await (await api.Anonymous().PostJsonAsync($"/api/v1/events/{eventId}/registrations", body))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        Assert.Equal([$"registrant.{field}"], problem.ErrorKeys());
        await api.DispatchUntilIdleAsync();
        Assert.DoesNotContain(api.Smtp.Messages, m => m.To.Mailboxes.Any(b => b.Address == "spam.target@example.org"));
    }

    [Fact]
    public async Task Register_WithAnExhibitorCompanyNameCarryingMarkup_Returns400NamingTheField()
    {
        var eventId = await api.OpenEventAsync("Spam Exhibitor Seminar");
        var body = new JsonObject
        {
            ["kind"] = "exhibitor",
            ["registrant"] = new JsonObject { ["name"] = "Wong Siu Ming", ["email"] = "spam.exhibitor@example.org" },
            ["exhibitor"] = new JsonObject { ["companyName"] = "<script>alert(1)</script>", ["technology"] = "Digital twins" },
            ["consent"] = new JsonObject { ["statementVersion"] = Integrations.Statement, ["language"] = "en" },
        };

        var problem = await (await api.Anonymous().PostJsonAsync($"/api/v1/events/{eventId}/registrations", body))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        Assert.Equal(["exhibitor.companyName"], problem.ErrorKeys());
    }

    /// <summary>An integration's bulk upsert is held to the same name rules as a submission (one validator for both).</summary>
    [Theory]
    [InlineData("name", "Win a prize at https://prize.example.net/claim")]
    [InlineData("company", "Prize Ltd <img src=x>")]
    public async Task BulkUpsert_WithAWebAddressOrMarkupInAName_Returns400NamingTheItemsField(string field, string value)
    {
        var eventId = await api.OpenEventAsync($"Spam Bulk Seminar {Guid.NewGuid():N}");
        var (_, secret) = await api.CreateKeyAsync(["registrations:write"]);
        var body = new JsonObject
        {
            ["items"] = new JsonArray(new JsonObject
            {
                ["externalReference"] = "crm-spam-1",
                ["registrant"] = new JsonObject { ["name"] = "Chan Tai Man", ["email"] = "bulk.spam@example.org", [field] = value },
                ["consent"] = new JsonObject { ["statementVersion"] = Integrations.Statement, ["language"] = "en" },
            }),
        };

        var problem = await (await api.WithKey(secret).PostJsonAsync($"/api/v1/events/{eventId}/registrations/bulk", body))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        Assert.Equal([$"items[0].registrant.{field}"], problem.ErrorKeys());
    }

    [Theory]
    [InlineData("Chan Tai Man", null)]
    [InlineData("陳大文", null)]
    [InlineData("J. R. R. Tolkien, Ph.D", null)]
    [InlineData("Mary O'Neil-Smith", "Booking.com Ltd")]
    [InlineData("Ho Ka Yan (Karen)", "A & B Engineering")]
    public async Task Register_WithOrdinaryNames_IsAccepted(string name, string? company)
    {
        var eventId = await api.OpenEventAsync($"Ordinary Name Seminar {Guid.NewGuid():N}");

        var receipt = await api.RegisterAsync(eventId, $"ordinary.{Guid.NewGuid():N}@example.org", name, company: company);

        Assert.Equal("confirmed", receipt["registration"]!["status"]!.GetValue<string>());
    }

    /// <summary>The property names of a receipt and its registration: what a caller could compare.</summary>
    private static string Shape(JsonObject receipt) =>
        string.Join(',', receipt.Select(p => p.Key).Concat(receipt["registration"]!.AsObject().Select(p => "registration." + p.Key)).Order(StringComparer.Ordinal));
}
