using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

/// <summary>Registration emails through the outbox to a real SMTP server.</summary>
public sealed partial class RegistrationEmailTests(WebhookApiFactory api) : IClassFixture<WebhookApiFactory>
{
    private MimeMessage EmailTo(string address) =>
        Assert.Single(api.Smtp.Messages, m => m.To.Mailboxes.Any(b => b.Address == address));

    [GeneratedRegex("https://example\\.org/registrations/manage/([A-Za-z0-9_-]+)")]
    private static partial Regex ManageLink();

    [Fact]
    public async Task Register_SendsABilingualEmailInTheChosenLanguageFirstWithAManageLinkThatWorks()
    {
        var eventId = await api.OpenEventAsync("Email Seminar", capacity: 1);
        var english = await api.RegisterAsync(eventId, "english.reader@example.org", "Ada Lee", language: "en");
        var chinese = await api.RegisterAsync(eventId, "chinese.reader@example.org", "陳大文", language: "zh-Hant");

        await api.DispatchUntilIdleAsync();

        var confirmed = EmailTo("english.reader@example.org");
        Assert.StartsWith("Registration confirmed: Email Seminar", confirmed.Subject, StringComparison.Ordinal);
        Assert.Contains("登記確認", confirmed.Subject, StringComparison.Ordinal);
        Assert.True(confirmed.HtmlBody!.IndexOf("Dear Ada Lee", StringComparison.Ordinal) < confirmed.HtmlBody.IndexOf("Ada Lee 你好", StringComparison.Ordinal));
        Assert.Equal("events@example.org", confirmed.From.Mailboxes.Single().Address);

        var waitlisted = EmailTo("chinese.reader@example.org");
        Assert.StartsWith("候補名單", waitlisted.Subject, StringComparison.Ordinal);
        Assert.Contains("Waiting list", waitlisted.Subject, StringComparison.Ordinal);
        Assert.Contains("第 1 位", waitlisted.TextBody, StringComparison.Ordinal);
        Assert.Contains("position 1", waitlisted.TextBody, StringComparison.Ordinal);
        Assert.True(waitlisted.TextBody!.IndexOf("陳大文 你好", StringComparison.Ordinal) < waitlisted.TextBody.IndexOf("Dear 陳大文", StringComparison.Ordinal));

        foreach (var (email, receipt) in new[] { (confirmed, english), (waitlisted, chinese) })
        {
            var token = ManageLink().Match(email.HtmlBody!).Groups[1].Value;
            Assert.Equal(receipt["manageToken"]!.GetValue<string>(), token);
            Assert.Equal(token, ManageLink().Match(email.TextBody!).Groups[1].Value);
            var own = await (await api.Anonymous().GetAsync($"/api/v1/registrations/manage/{token}")).AssertJsonAsync(HttpStatusCode.OK);
            Assert.Equal(receipt["registration"]!["id"]!.GetValue<string>(), own["id"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Register_TheOutboxNeverHoldsTheTokenOrPersonalData_AndTheRowKeepsTheTokenOnlyEncrypted()
    {
        var eventId = await api.OpenEventAsync("Forgetful Outbox Seminar");
        var receipt = await api.RegisterAsync(eventId, "forgotten@example.org");
        var token = receipt["manageToken"]!.GetValue<string>();
        var id = Guid.Parse(receipt["registration"]!["id"]!.GetValue<string>());
        var queued = await api.WithDbAsync(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.Type == "email.registration" && m.Payload!.Contains(id.ToString())).ToListAsync());
        var payload = Assert.Single(queued).Payload!;
        Assert.DoesNotContain(token, payload, StringComparison.Ordinal);
        Assert.DoesNotContain("forgotten@example.org", payload, StringComparison.Ordinal);
        var kept = await api.WithDbAsync(db => db.Registrations.AsNoTracking().Where(r => r.Id == id).Select(r => r.ProtectedManageToken).SingleAsync());
        Assert.NotNull(kept);
        Assert.DoesNotContain(token, kept, StringComparison.Ordinal);

        await api.DispatchUntilIdleAsync();

        var sent = Assert.Single(api.Smtp.Messages, m => m.To.Mailboxes.Any(b => b.Address == "forgotten@example.org"));
        Assert.Equal(token, ManageLink().Match(sent.TextBody!).Groups[1].Value);
        var left = await api.WithDbAsync(db => db.OutboxMessages.AsNoTracking()
            .CountAsync(m => m.Payload!.Contains(token) || m.Payload!.Contains("forgotten@example.org")));
        Assert.Equal(0, left);
    }

    [Fact]
    public async Task Register_EscapesEveryTextInTheHtml()
    {
        var eventId = await api.OpenEventAsync("Escaping <i>Seminar</i> & Co");
        // Markup in a name is refused (EmailAbuseTests); what a name may hold is still escaped.
        await api.RegisterAsync(eventId, "escaped@example.org", "O'Neil & \"Partners\"");

        await api.DispatchUntilIdleAsync();

        var html = EmailTo("escaped@example.org").HtmlBody;
        Assert.DoesNotContain("<i>Seminar", html, StringComparison.Ordinal);
        Assert.Contains("O&#39;Neil &amp; &quot;Partners&quot;", html, StringComparison.Ordinal);
        Assert.Contains("Escaping &lt;i&gt;Seminar&lt;/i&gt; &amp; Co", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_ExhibitorApplication_SaysTheApplicationWasReceived()
    {
        var eventId = await api.OpenEventAsync("Exhibition Email Seminar");
        var body = new System.Text.Json.Nodes.JsonObject
        {
            ["kind"] = "exhibitor",
            ["registrant"] = new System.Text.Json.Nodes.JsonObject { ["name"] = "Wong Siu Ming", ["email"] = "exhibitor.email@example.org" },
            ["exhibitor"] = new System.Text.Json.Nodes.JsonObject { ["companyName"] = "GeoTech Ltd", ["technology"] = "Digital twins" },
            ["consent"] = new System.Text.Json.Nodes.JsonObject { ["statementVersion"] = Integrations.Statement, ["language"] = "en" },
        };
        await (await api.Anonymous().PostJsonAsync($"/api/v1/events/{eventId}/registrations", body)).AssertJsonAsync(HttpStatusCode.Created);

        await api.DispatchUntilIdleAsync();

        var email = EmailTo("exhibitor.email@example.org");
        Assert.StartsWith("Exhibitor application received", email.Subject, StringComparison.Ordinal);
        Assert.Contains("已收到參展申請", email.Subject, StringComparison.Ordinal);
    }
}
