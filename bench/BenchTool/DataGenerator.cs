using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Scc.Bench;

/// <summary>
/// Fills a migrated, empty database with a realistic data set in the shapes the API stores (jsonb in the API's
/// camelCase, enums by name), by binary COPY. Deterministic: the same sizes give the same rows.
/// </summary>
public static class DataGenerator
{
    /// <summary>The event of the registration rush: 500 seats with a waiting list, open now.</summary>
    public static readonly Guid RushEventId = Guid.Parse("0196a000-0000-7000-8000-000000000500");

    /// <summary>Another event like it, which takes the warm-up submissions before the rush is timed.</summary>
    public static readonly Guid WarmUpEventId = Guid.Parse("0196a000-0000-7000-8000-000000000501");

    public const string RushStatementVersion = "2026-01";

    private static readonly string[] Types =
        ["Seminar", "Training", "Talk", "Workshop", "Forum", "Conference", "Exhibition", "Pavilion", "AwardCeremony", "Competition", "Webinar", "Ceremony", "Visit", "Other"];

    private static readonly string[] Roles = ["Organiser", "CoOrganiser", "SupportingOrganisation", "Sponsor"];

    private static readonly string[] Kinds = ["GovernmentBody", "StatutoryBody", "TradeAssociation", "ProfessionalBody", "Academic", "Company", "Ngo", "ForeignAgency", "Other"];

    private static readonly string[] Tags =
        ["smart-city", "fintech", "mobility", "ai", "iot", "5g", "green", "healthtech", "proptech", "data", "cybersecurity", "gba", "startup", "education", "blockchain", "robotics"];

    private static readonly (string En, string Zh)[] Words =
    [
        ("Smart City", "智慧城市"), ("Digital Twin", "數碼孿生"), ("Mobility", "智慧出行"), ("Green Finance", "綠色金融"), ("Artificial Intelligence", "人工智能"),
        ("Data Governance", "數據治理"), ("Greater Bay Area", "大灣區"), ("Innovation", "創新"), ("Sustainability", "可持續發展"), ("Healthcare", "醫療科技"),
        ("Cybersecurity", "網絡安全"), ("Startups", "初創企業"), ("Robotics", "機械人"), ("Built Environment", "建築環境"), ("Open Data", "開放數據"),
    ];

    private static readonly (string En, string Zh)[] Formats =
        [("Seminar", "研討會"), ("Forum", "論壇"), ("Workshop", "工作坊"), ("Summit", "峰會"), ("Briefing", "簡報會"), ("Expo", "博覽會")];

    private static readonly (string En, string Zh)[] Venues =
        [("H6 CONET", "H6 CONET"), ("Hong Kong Science Park", "香港科學園"), ("Cyberport", "數碼港"), ("HKCEC", "香港會議展覽中心"), ("PolyU Jockey Club Innovation Tower", "理大賽馬會創新樓")];

    public static async Task RunAsync(string connectionString, int events, int organisations, int registrations)
    {
        var watch = Stopwatch.StartNew();
        // COPY into indexed tables and VACUUM take longer than the default 30 s command timeout.
        await using var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);
        await using var connection = await dataSource.OpenConnectionAsync();
        var random = new Random(7);
        var now = DateTime.UtcNow;

        var organisationIds = Enumerable.Range(0, organisations).Select(i => DeterministicGuid("org", i)).ToArray();
        await CopyOrganisationsAsync(connection, organisationIds, now);
        Console.WriteLine($"organisations: {organisations} in {watch.Elapsed.TotalSeconds:F1} s");

        var eventIds = Enumerable.Range(0, events).Select(i => DeterministicGuid("event", i)).ToArray();
        eventIds[0] = RushEventId;
        eventIds[1] = WarmUpEventId;
        await CopyEventsAsync(connection, eventIds, now, random);
        await CopyEventOrganisationsAsync(connection, eventIds, organisationIds, random);
        Console.WriteLine($"events: {events} in {watch.Elapsed.TotalSeconds:F1} s");

        await CopyRegistrationsAsync(connection, eventIds, registrations, now, random);
        Console.WriteLine($"registrations: {registrations} in {watch.Elapsed.TotalSeconds:F1} s");

        await using (var analyze = new NpgsqlCommand("VACUUM ANALYZE organisations, events, event_organisations, registrations", connection))
        {
            analyze.CommandTimeout = 0;
            await analyze.ExecuteNonQueryAsync();
        }
        Console.WriteLine($"loaded and analysed in {watch.Elapsed.TotalSeconds:F1} s");
    }

    private static async Task CopyOrganisationsAsync(NpgsqlConnection connection, Guid[] ids, DateTime now)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY organisations (id, slug, acronym, name, kind, country_code, website_url, logo_url, created_at, updated_at) FROM STDIN (FORMAT BINARY)");
        writer.Timeout = TimeSpan.Zero;
        for (var i = 0; i < ids.Length; i++)
        {
            var word = Words[i % Words.Length];
            await writer.StartRowAsync();
            await writer.WriteAsync(ids[i], NpgsqlDbType.Uuid);
            await writer.WriteAsync($"organisation-{i}", NpgsqlDbType.Varchar);
            await writer.WriteAsync($"ORG{i}", NpgsqlDbType.Varchar);
            await writer.WriteAsync(Text($"{word.En} Association {i}", $"{word.Zh}協會{i}"), NpgsqlDbType.Jsonb);
            await writer.WriteAsync(Kinds[i % Kinds.Length], NpgsqlDbType.Varchar);
            await writer.WriteAsync("HK", NpgsqlDbType.Varchar);
            await writer.WriteAsync($"https://organisation-{i}.example.org", NpgsqlDbType.Varchar);
            await writer.WriteNullAsync();
            await writer.WriteAsync(now, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(now, NpgsqlDbType.TimestampTz);
        }
        await writer.CompleteAsync();
    }

    private static async Task CopyEventsAsync(NpgsqlConnection connection, Guid[] ids, DateTime now, Random random)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY events (id, slug, status, published_at, type, format, title, summary, time_zone, schedule, window_start, window_end, " +
            "venue, speakers, outcomes, highlights, tags, registration, contacts, created_at, updated_at) FROM STDIN (FORMAT BINARY)");
        writer.Timeout = TimeSpan.Zero;
        var hongKong = TimeSpan.FromHours(8);
        // Ten years: eight behind and two ahead.
        var first = now.Date.AddYears(-8);
        var spanDays = (now.Date.AddYears(2) - first).TotalDays;
        for (var i = 0; i < ids.Length; i++)
        {
            // The rush event (index 0) and its warm-up twin (index 1).
            var rush = i <= 1;
            var topic = Words[random.Next(Words.Length)];
            var format = Formats[random.Next(Formats.Length)];
            var venue = Venues[random.Next(Venues.Length)];
            var startUtc = rush
                ? now.Date.AddDays(30).AddHours(8)
                : first.AddDays(spanDays * i / ids.Length).AddHours(1 + random.Next(10));
            var endUtc = startUtc.AddHours(2 + random.Next(6));
            var status = rush ? "Published" : (i % 50) switch { 0 => "Draft", 1 => "Cancelled", 2 => "Postponed", _ => "Published" };
            var open = rush || (startUtc > now && i % 3 == 0);

            await writer.StartRowAsync();
            await writer.WriteAsync(ids[i], NpgsqlDbType.Uuid);
            await writer.WriteAsync(rush ? (i == 0 ? "registration-rush" : "registration-rush-warm-up") : $"{Slug(topic.En)}-{Slug(format.En)}-{i}", NpgsqlDbType.Varchar);
            await writer.WriteAsync(status, NpgsqlDbType.Varchar);
            if (status == "Draft") await writer.WriteNullAsync();
            else await writer.WriteAsync(startUtc.AddDays(-30), NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(rush ? "Seminar" : Types[i % Types.Length], NpgsqlDbType.Varchar);
            await writer.WriteAsync("InPerson", NpgsqlDbType.Varchar);
            await writer.WriteAsync(Text($"{topic.En} {format.En} {i}", $"{topic.Zh}{format.Zh} {i}"), NpgsqlDbType.Jsonb);
            await writer.WriteAsync(Text(
                $"Practitioners and officials share what works in {topic.En.ToLowerInvariant()} for Hong Kong and the region.",
                $"業界與政府代表分享{topic.Zh}在香港及區內的實踐經驗。"), NpgsqlDbType.Jsonb);
            await writer.WriteAsync("Asia/Hong_Kong", NpgsqlDbType.Varchar);
            await writer.WriteAsync(Json(new
            {
                kind = "timed",
                startsAt = Instant(new DateTimeOffset(startUtc, TimeSpan.Zero).ToOffset(hongKong)),
                endsAt = Instant(new DateTimeOffset(endUtc, TimeSpan.Zero).ToOffset(hongKong)),
            }), NpgsqlDbType.Jsonb);
            await writer.WriteAsync(startUtc, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(endUtc, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(Json(new { name = new Dictionary<string, string> { ["en"] = venue.En, ["zh-Hant"] = venue.Zh }, countryCode = "HK" }), NpgsqlDbType.Jsonb);
            await writer.WriteAsync("[]", NpgsqlDbType.Jsonb);
            await writer.WriteAsync("[]", NpgsqlDbType.Jsonb);
            await writer.WriteAsync("[]", NpgsqlDbType.Jsonb);
            await writer.WriteAsync(new[] { Tags[i % Tags.Length], Tags[(i / Tags.Length + 3) % Tags.Length] }.Distinct().ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
            await writer.WriteAsync(open
                ? Json(new { mode = "internal", capacity = rush ? 500 : 100, waitingList = true, isFree = true, privacyStatementVersion = RushStatementVersion })
                : Json(new { mode = "none", waitingList = false, isFree = true }), NpgsqlDbType.Jsonb);
            await writer.WriteAsync("[]", NpgsqlDbType.Jsonb);
            await writer.WriteAsync(startUtc.AddDays(-40), NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(startUtc.AddDays(-30), NpgsqlDbType.TimestampTz);
        }
        await writer.CompleteAsync();
    }

    private static async Task CopyEventOrganisationsAsync(NpgsqlConnection connection, Guid[] eventIds, Guid[] organisationIds, Random random)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY event_organisations (event_id, organisation_id, role) FROM STDIN (FORMAT BINARY)");
        writer.Timeout = TimeSpan.Zero;
        for (var i = 0; i < eventIds.Length; i++)
        {
            // One to three organisations per event, each once.
            var count = 1 + random.Next(3);
            var start = random.Next(organisationIds.Length);
            for (var k = 0; k < count; k++)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(eventIds[i], NpgsqlDbType.Uuid);
                await writer.WriteAsync(organisationIds[(start + k * 7) % organisationIds.Length], NpgsqlDbType.Uuid);
                await writer.WriteAsync(Roles[k], NpgsqlDbType.Varchar);
            }
        }
        await writer.CompleteAsync();
    }

    private static async Task CopyRegistrationsAsync(NpgsqlConnection connection, Guid[] eventIds, int count, DateTime now, Random random)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY registrations (id, event_id, kind, status, registrant_name, registrant_email, registrant_company, email_key, consent, " +
            "manage_token_hash, created_at, updated_at, answers, check_in_code, source) FROM STDIN (FORMAT BINARY)");
        writer.Timeout = TimeSpan.Zero;
        var consent = Json(new { statementVersion = "2023-07", language = "en", givenAt = Instant(new DateTimeOffset(now.AddYears(-1), TimeSpan.Zero)) });
        var consentZh = Json(new { statementVersion = "2023-07", language = "zh-Hant", givenAt = Instant(new DateTimeOffset(now.AddYears(-1), TimeSpan.Zero)) });
        for (var i = 0; i < count; i++)
        {
            // Never on the rush event or its warm-up twin (indexes 0 and 1), which start empty.
            var eventId = eventIds[2 + random.Next(eventIds.Length - 2)];
            var email = $"person{i}@example.com";
            var chinese = i % 3 == 0;
            await writer.StartRowAsync();
            await writer.WriteAsync(DeterministicGuid("registration", i), NpgsqlDbType.Uuid);
            await writer.WriteAsync(eventId, NpgsqlDbType.Uuid);
            await writer.WriteAsync("Attendee", NpgsqlDbType.Varchar);
            await writer.WriteAsync((i % 20) switch { 0 => "Cancelled", 1 or 2 or 3 => "Attended", _ => "Confirmed" }, NpgsqlDbType.Varchar);
            await writer.WriteAsync(chinese ? $"陳大文 {i}" : $"Chan Tai Man {i}", NpgsqlDbType.Varchar);
            await writer.WriteAsync(email, NpgsqlDbType.Varchar);
            await writer.WriteAsync($"Company {i % 5000}", NpgsqlDbType.Varchar);
            await writer.WriteAsync(email, NpgsqlDbType.Varchar);
            await writer.WriteAsync(chinese ? consentZh : consent, NpgsqlDbType.Jsonb);
            await writer.WriteAsync(SHA256.HashData(Encoding.UTF8.GetBytes(email)), NpgsqlDbType.Bytea);
            await writer.WriteAsync(now.AddMinutes(-i), NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(now.AddMinutes(-i), NpgsqlDbType.TimestampTz);
            await writer.WriteAsync("[]", NpgsqlDbType.Jsonb);
            await writer.WriteAsync("ci_" + System.Buffers.Text.Base64Url.EncodeToString(DeterministicGuid("check-in", i).ToByteArray()), NpgsqlDbType.Varchar);
            await writer.WriteAsync("Public", NpgsqlDbType.Varchar);
        }
        await writer.CompleteAsync();
    }

    private static Guid DeterministicGuid(string kind, int i)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}:{i}"), hash);
        return new Guid(hash[..16]);
    }

    private static string Text(string en, string zh) => Json(new Dictionary<string, string> { ["en"] = en, ["zh-Hant"] = zh });

    private static string Json(object value) => JsonSerializer.Serialize(value);

    private static string Instant(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Slug(string text) => text.ToLowerInvariant().Replace(' ', '-');
}
