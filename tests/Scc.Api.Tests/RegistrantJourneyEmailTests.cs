using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ical.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Scc.Api.Tests.Support;
using Scc.Infrastructure.Email;
using Scc.Infrastructure.Outbox;

namespace Scc.Api.Tests;

/// <summary>
/// The e-mails of a registration's whole life, through the outbox to a real SMTP server: each state change, the event's
/// changes, reminders. Every test uses addresses of its own in the class's shared mailbox.
/// </summary>
public sealed partial class RegistrantJourneyEmailTests(WebhookApiFactory api) : IClassFixture<WebhookApiFactory>
{
    [GeneratedRegex("https://example\\.org/registrations/manage/([A-Za-z0-9_-]+)")]
    private static partial Regex ManageLink();

    private List<MimeMessage> EmailsTo(string address) =>
        [.. api.Smtp.Messages.Where(m => m.To.Mailboxes.Any(b => b.Address == address))];

    private static Calendar? CalendarOf(MimeMessage message)
    {
        var part = message.Attachments.OfType<MimePart>().SingleOrDefault(p => p.ContentType.MimeType == "text/calendar");
        if (part is null) return null;
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return Calendar.Load(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>The check-in QR code an e-mail shows (an image within the message, which its HTML names by cid:), read as a scanner would.</summary>
    private static string? ScanQrCodeIn(MimeMessage message)
    {
        var image = message.BodyParts.OfType<MimePart>().SingleOrDefault(p => p.ContentType.MimeType == "image/png");
        if (image is null) return null;
        Assert.Contains($"src=\"cid:{image.ContentId}\"", message.HtmlBody, StringComparison.Ordinal);
        using var stream = new MemoryStream();
        image.Content!.DecodeTo(stream);
        return QrCodes.ReadPng(stream.ToArray());
    }

    /// <summary>The manage link in an e-mail opens the registration it is about.</summary>
    private async Task AssertLinkOpensAsync(MimeMessage email, string registrationId)
    {
        var token = ManageLink().Match(email.TextBody!).Groups[1].Value;
        Assert.Equal(token, ManageLink().Match(email.HtmlBody!).Groups[1].Value);
        var own = await (await api.Anonymous().GetAsync($"/api/v1/registrations/manage/{token}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal(registrationId, own["id"]!.GetValue<string>());
    }

    private static string IdOf(JsonObject receipt) => receipt["registration"]!["id"]!.GetValue<string>();

    [Fact]
    public async Task A_seat_freed_by_a_cancellation_is_told_to_the_first_waiting_with_the_event_calendar_and_a_working_link()
    {
        var eventId = await api.OpenEventAsync("Promotion Seminar", capacity: 1);
        var first = await api.RegisterAsync(eventId, "promo.first@example.org", "Ada Lee");
        var waiting = await api.RegisterAsync(eventId, "promo.waiting@example.org", "陳大文", language: "zh-Hant");
        await api.DispatchUntilIdleAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await api.Anonymous().DeleteAsync($"/api/v1/registrations/manage/{first["manageToken"]}")).StatusCode);
        await api.DispatchUntilIdleAsync();

        var cancelled = EmailsTo("promo.first@example.org").Last();
        Assert.StartsWith("Registration cancelled: Promotion Seminar", cancelled.Subject, StringComparison.Ordinal);
        Assert.Contains("as you asked", cancelled.TextBody, StringComparison.Ordinal);
        Assert.Null(CalendarOf(cancelled));
        Assert.Null(ScanQrCodeIn(cancelled));
        await AssertLinkOpensAsync(cancelled, IdOf(first));

        var emails = EmailsTo("promo.waiting@example.org");
        Assert.Equal(2, emails.Count);
        Assert.StartsWith("候補名單", emails[0].Subject, StringComparison.Ordinal);
        Assert.Null(CalendarOf(emails[0]));
        var promoted = emails[1];
        Assert.StartsWith("候補成功", promoted.Subject, StringComparison.Ordinal);
        Assert.Contains("A seat is yours", promoted.Subject, StringComparison.Ordinal);
        Assert.True(promoted.TextBody!.IndexOf("陳大文 你好", StringComparison.Ordinal) < promoted.TextBody.IndexOf("Dear 陳大文", StringComparison.Ordinal));
        var calendar = CalendarOf(promoted)!;
        Assert.Equal("PUBLISH", calendar.Method);
        var entry = Assert.Single(calendar.Events);
        Assert.Equal($"{eventId}@smartcity.org.hk", entry.Uid);
        Assert.Equal("Asia/Hong_Kong", entry.DtStart!.TzId);
        Assert.Equal(16, entry.DtStart.Hour);
        await AssertLinkOpensAsync(promoted, IdOf(waiting));
    }

    [Fact]
    public async Task The_confirmation_shows_a_QR_code_that_checks_in_at_the_door_and_the_waiting_list_none()
    {
        var eventId = await api.OpenEventAsync("Door Seminar", capacity: 1);
        await api.RegisterAsync(eventId, "door.seated@example.org", "Lee Siu Ming");
        await api.RegisterAsync(eventId, "door.waiting@example.org");
        await api.DispatchUntilIdleAsync();

        var confirmation = Assert.Single(EmailsTo("door.seated@example.org"));
        var code = ScanQrCodeIn(confirmation)!;
        Assert.Contains(code, confirmation.TextBody, StringComparison.Ordinal);
        Assert.Null(ScanQrCodeIn(Assert.Single(EmailsTo("door.waiting@example.org"))));

        var checkedIn = await (await api.As("editor").PostJsonAsync($"/api/v1/events/{eventId}/check-ins", new JsonObject { ["code"] = code }))
            .AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Lee Siu Ming", checkedIn["name"]!.GetValue<string>());
        Assert.False(checkedIn["alreadyCheckedIn"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Every_email_gives_the_local_time_with_its_zone_the_venue_and_the_funding_disclaimer_in_both_languages()
    {
        var programme = await (await api.As("editor").PostJsonAsync("/api/v1/funding-programmes", new JsonObject
        {
            ["name"] = new JsonObject { ["en"] = "Journey Fund" },
            ["disclaimer"] = new JsonObject { ["en"] = "Views expressed are not the Fund's.", ["zh-Hant"] = "所表達的意見並不代表基金。" },
        })).AssertJsonAsync(HttpStatusCode.Created);
        var body = EventBodies.Seminar("Funded Seminar");
        body["fundingProgrammeIds"] = new JsonArray(programme["id"]!.GetValue<string>());
        body["registration"] = new JsonObject { ["mode"] = "internal", ["privacyStatementVersion"] = Integrations.Statement };
        var editor = api.As("editor");
        var eventId = (await (await editor.PostJsonAsync("/api/v1/events", body)).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        await (await editor.PostAsync($"/api/v1/events/{eventId}/publish", null)).AssertJsonAsync(HttpStatusCode.OK);
        var receipt = await api.RegisterAsync(eventId, "funded@example.org", "Ada Lee");
        await api.DispatchUntilIdleAsync();

        var email = Assert.Single(EmailsTo("funded@example.org"));
        foreach (var text in new[] { email.TextBody!, WebUtility.HtmlDecode(email.HtmlBody!) })
        {
            Assert.Contains("16:00–18:00 (Asia/Hong_Kong, UTC+08:00)", text, StringComparison.Ordinal);
            Assert.Matches(@"\d{4}年\d{1,2}月\d{1,2}日\(星期.\) 16:00–18:00", text);
            Assert.Contains("H6 CONET", text, StringComparison.Ordinal);
            Assert.Contains("Views expressed are not the Fund's.", text, StringComparison.Ordinal);
            Assert.Contains("所表達的意見並不代表基金。", text, StringComparison.Ordinal);
        }
        Assert.Equal("PUBLISH", CalendarOf(email)!.Method);
        await AssertLinkOpensAsync(email, IdOf(receipt));
    }

    [Fact]
    public async Task Exhibitors_hear_of_approval_and_of_rejection_with_the_staffs_note_in_both_languages()
    {
        var eventId = await api.OpenEventAsync("Exhibition Decisions");
        var approved = await RegisterExhibitorAsync(eventId, "exhibitor.yes@example.org", "en");
        var rejected = await RegisterExhibitorAsync(eventId, "exhibitor.no@example.org", "zh-Hant");
        var staff = api.As("editor");
        var welcome = new JsonObject { ["note"] = new JsonObject { ["en"] = "Your booth is B12.", ["zh-Hant"] = "你的攤位是 B12。" } };
        await (await staff.PostJsonAsync($"/api/v1/events/{eventId}/registrations/{IdOf(approved)}/approve", welcome)).AssertJsonAsync(HttpStatusCode.OK);
        var note = new JsonObject { ["note"] = new JsonObject { ["en"] = "All booths are taken by sponsors.", ["zh-Hant"] = "所有攤位已由贊助商預留。" } };
        await (await staff.PostJsonAsync($"/api/v1/events/{eventId}/registrations/{IdOf(rejected)}/reject", note)).AssertJsonAsync(HttpStatusCode.OK);
        await api.DispatchUntilIdleAsync();

        var yes = EmailsTo("exhibitor.yes@example.org");
        Assert.Equal(["Exhibitor application received", "Exhibitor application approved"], yes.Select(m => m.Subject!.Split(':')[0]));
        Assert.Contains("A note from the staff: Your booth is B12.", yes[1].TextBody, StringComparison.Ordinal);
        Assert.Contains("職員備註:你的攤位是 B12。", yes[1].TextBody, StringComparison.Ordinal);
        await AssertLinkOpensAsync(yes[1], IdOf(approved));
        Assert.Null(CalendarOf(yes[1]));

        var no = EmailsTo("exhibitor.no@example.org").Last();
        Assert.StartsWith("參展申請結果", no.Subject, StringComparison.Ordinal);
        Assert.Contains("職員備註:所有攤位已由贊助商預留。", no.TextBody, StringComparison.Ordinal);
        Assert.Contains("A note from the staff: All booths are taken by sponsors.", no.TextBody, StringComparison.Ordinal);
        Assert.True(no.TextBody!.IndexOf("職員備註", StringComparison.Ordinal) < no.TextBody.IndexOf("A note from the staff", StringComparison.Ordinal));
        await AssertLinkOpensAsync(no, IdOf(rejected));
    }

    [Fact]
    public async Task A_cancellation_by_the_staff_is_told_as_the_organisers()
    {
        var eventId = await api.OpenEventAsync("Staff Cancellation Seminar");
        var receipt = await api.RegisterAsync(eventId, "cancelled.by.staff@example.org");
        await (await api.As("editor").PostAsync($"/api/v1/events/{eventId}/registrations/{IdOf(receipt)}/cancel", null)).AssertJsonAsync(HttpStatusCode.OK);
        await api.DispatchUntilIdleAsync();

        var email = EmailsTo("cancelled.by.staff@example.org").Last();
        Assert.StartsWith("Registration cancelled by the organisers", email.Subject, StringComparison.Ordinal);
        Assert.Contains("主辦方已取消", email.TextBody, StringComparison.Ordinal);
        await AssertLinkOpensAsync(email, IdOf(receipt));
    }

    [Fact]
    public async Task An_event_retimed_sends_exactly_one_email_per_live_registration_even_with_two_dispatchers()
    {
        var eventId = await api.OpenEventAsync("Retimed Seminar", capacity: 1);
        var seated = await api.RegisterAsync(eventId, "retimed.seated@example.org");
        await api.RegisterAsync(eventId, "retimed.waiting@example.org");
        await RegisterExhibitorAsync(eventId, "retimed.exhibitor@example.org", "en");
        var gone = await api.RegisterAsync(eventId, "retimed.gone@example.org");
        Assert.Equal(HttpStatusCode.NoContent, (await api.Anonymous().DeleteAsync($"/api/v1/registrations/manage/{gone["manageToken"]}")).StatusCode);
        await api.DispatchUntilIdleAsync();
        var before = api.Smtp.Messages.Count;

        var editor = api.As("editor");
        var current = await (await editor.GetAsync($"/api/v1/events/{eventId}")).AssertJsonAsync(HttpStatusCode.OK);
        var body = EventBodies.Seminar("Retimed Seminar");
        body["title"] = current["title"]!.DeepClone();
        body["registration"] = current["registration"]!.DeepClone();
        body["slug"] = current["slug"]!.DeepClone();
        var startsAt = DateTimeOffset.Parse(current["schedule"]!["startsAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).AddDays(1).AddHours(3);
        body["schedule"] = new JsonObject
        {
            ["kind"] = "timed",
            ["startsAt"] = startsAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
            ["endsAt"] = startsAt.AddHours(2).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
        };
        await (await editor.PutJsonAsync($"/api/v1/events/{eventId}", body)).AssertJsonAsync(HttpStatusCode.OK);

        var second = api.NewDispatcher();
        await Task.WhenAll(Task.Run(() => api.DispatchUntilIdleAsync()), Task.Run(() => api.DispatchUntilIdleAsync(second)));

        Assert.Equal(3, api.Smtp.Messages.Count - before);
        var seatedEmail = Assert.Single(EmailsTo("retimed.seated@example.org"), m => m.Subject!.StartsWith("Event changed", StringComparison.Ordinal));
        Assert.Contains("Date and time: ", seatedEmail.TextBody, StringComparison.Ordinal);
        Assert.Contains("16:00–18:00 (Asia/Hong_Kong, UTC+08:00) → ", seatedEmail.TextBody, StringComparison.Ordinal);
        Assert.Contains("19:00–21:00 (Asia/Hong_Kong, UTC+08:00)", seatedEmail.TextBody, StringComparison.Ordinal);
        var update = Assert.Single(CalendarOf(seatedEmail)!.Events);
        Assert.Equal(1, update.Sequence);
        Assert.Equal(19, update.DtStart!.Hour);
        Assert.Equal(0, Assert.Single(CalendarOf(EmailsTo("retimed.seated@example.org")[0])!.Events).Sequence);
        await AssertLinkOpensAsync(seatedEmail, IdOf(seated));
        Assert.Null(CalendarOf(Assert.Single(EmailsTo("retimed.waiting@example.org"), m => m.Subject!.StartsWith("Event changed", StringComparison.Ordinal))));
        Assert.Single(EmailsTo("retimed.exhibitor@example.org"), m => m.Subject!.StartsWith("Event changed", StringComparison.Ordinal));
        Assert.DoesNotContain(EmailsTo("retimed.gone@example.org"), m => m.Subject!.StartsWith("Event changed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_event_cancelled_sends_a_calendar_cancel_to_those_with_a_seat()
    {
        var eventId = await api.OpenEventAsync("Cancelled Seminar");
        await api.RegisterAsync(eventId, "cancelled.event@example.org", "陳大文", language: "zh-Hant");
        await api.DispatchUntilIdleAsync();

        var note = new JsonObject { ["note"] = new JsonObject { ["en"] = "The venue is closed.", ["zh-Hant"] = "場地關閉。" } };
        await (await api.As("editor").PostJsonAsync($"/api/v1/events/{eventId}/cancel", note)).AssertJsonAsync(HttpStatusCode.OK);
        await api.DispatchUntilIdleAsync();

        var email = EmailsTo("cancelled.event@example.org").Last();
        Assert.StartsWith("活動取消", email.Subject, StringComparison.Ordinal);
        Assert.Contains("Event cancelled", email.Subject, StringComparison.Ordinal);
        Assert.Contains("場地關閉。", email.TextBody, StringComparison.Ordinal);
        var calendar = CalendarOf(email)!;
        Assert.Equal("CANCEL", calendar.Method);
        Assert.Equal(1, Assert.Single(calendar.Events).Sequence);
    }

    [Fact]
    public async Task Reminders_go_once_at_each_offset_to_confirmed_registrations_only_whatever_the_number_of_dispatchers()
    {
        var eventId = await api.OpenEventAsync("Reminded Seminar", capacity: 1);
        var seated = await api.RegisterAsync(eventId, "reminded.seated@example.org");
        await api.RegisterAsync(eventId, "reminded.waiting@example.org");
        var evt = await (await api.As("editor").GetAsync($"/api/v1/events/{eventId}")).AssertJsonAsync(HttpStatusCode.OK);
        var start = DateTimeOffset.Parse(evt["schedule"]!["startsAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime();
        await api.DispatchUntilIdleAsync();

        var clock = new FakeTimeProvider(start.AddDays(-2).AddMinutes(-1));
        OutboxDispatcher Dispatcher() => ActivatorUtilities.CreateInstance<OutboxDispatcher>(api.Services, clock,
            new ReminderQueue(api.Services.GetRequiredService<IOptions<EmailSettings>>(), clock));
        var (one, two) = (Dispatcher(), Dispatcher());
        async Task<List<MimeMessage>> RemindersAfterAsync()
        {
            await Task.WhenAll(Task.Run(() => api.DispatchUntilIdleAsync(one)), Task.Run(() => api.DispatchUntilIdleAsync(two)));
            return [.. api.Smtp.Messages.Where(m => m.Subject!.StartsWith("Reminder: Reminded Seminar", StringComparison.Ordinal))];
        }

        Assert.Empty(await RemindersAfterAsync());
        clock.Advance(TimeSpan.FromMinutes(2));
        var twoDays = Assert.Single(await RemindersAfterAsync());
        Assert.Equal("reminded.seated@example.org", twoDays.To.Mailboxes.Single().Address);
        Assert.Contains("16:00–18:00 (Asia/Hong_Kong, UTC+08:00)", twoDays.TextBody, StringComparison.Ordinal);
        await AssertLinkOpensAsync(twoDays, IdOf(seated));
        Assert.Equal(ScanQrCodeIn(EmailsTo("reminded.seated@example.org")[0]), ScanQrCodeIn(twoDays));
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Single(await RemindersAfterAsync());

        clock.SetUtcNow(start.AddHours(-2).AddMinutes(1));
        Assert.Equal(2, (await RemindersAfterAsync()).Count);
        clock.SetUtcNow(start.AddMinutes(1));
        Assert.Equal(2, (await RemindersAfterAsync()).Count);
    }

    [Fact]
    public async Task An_event_sets_its_own_reminders_or_none()
    {
        async Task<(string Id, DateTimeOffset Start)> EventAsync(string title, JsonArray reminders)
        {
            var body = EventBodies.Seminar(title, daysFromNow: 20);
            body["registration"] = new JsonObject
            {
                ["mode"] = "internal", ["privacyStatementVersion"] = Integrations.Statement, ["reminderMinutesBefore"] = reminders,
            };
            var editor = api.As("editor");
            var created = await (await editor.PostJsonAsync("/api/v1/events", body)).AssertJsonAsync(HttpStatusCode.Created);
            var id = created["id"]!.GetValue<string>();
            await (await editor.PostAsync($"/api/v1/events/{id}/publish", null)).AssertJsonAsync(HttpStatusCode.OK);
            return (id, DateTimeOffset.Parse(created["schedule"]!["startsAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime());
        }
        var (weekAhead, start) = await EventAsync("Week Ahead Seminar", [7 * 24 * 60]);
        var (silent, _) = await EventAsync("Silent Seminar", []);
        await api.RegisterAsync(weekAhead, "week.ahead@example.org");
        await api.RegisterAsync(silent, "silent@example.org");
        await api.DispatchUntilIdleAsync();

        var clock = new FakeTimeProvider(start.AddDays(-7).AddMinutes(1));
        var dispatcher = ActivatorUtilities.CreateInstance<OutboxDispatcher>(api.Services, clock,
            new ReminderQueue(api.Services.GetRequiredService<IOptions<EmailSettings>>(), clock));
        await api.DispatchUntilIdleAsync(dispatcher);
        Assert.Single(EmailsTo("week.ahead@example.org"), m => m.Subject!.StartsWith("Reminder:", StringComparison.Ordinal));
        clock.SetUtcNow(start.AddHours(-1));
        await api.DispatchUntilIdleAsync(dispatcher);

        Assert.Single(EmailsTo("week.ahead@example.org"), m => m.Subject!.StartsWith("Reminder:", StringComparison.Ordinal));
        Assert.DoesNotContain(EmailsTo("silent@example.org"), m => m.Subject!.StartsWith("Reminder:", StringComparison.Ordinal));
    }

    private async Task<JsonObject> RegisterExhibitorAsync(string eventId, string email, string language)
    {
        var body = new JsonObject
        {
            ["kind"] = "exhibitor",
            ["registrant"] = new JsonObject { ["name"] = "Booth Person", ["email"] = email },
            ["exhibitor"] = new JsonObject { ["companyName"] = "Booth Company", ["technology"] = "Sensors" },
            ["consent"] = new JsonObject { ["statementVersion"] = Integrations.Statement, ["language"] = language },
        };
        return await (await api.Anonymous().PostJsonAsync($"/api/v1/events/{eventId}/registrations", body)).AssertJsonAsync(HttpStatusCode.Created);
    }
}
