using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Npgsql;

// GET /api/v1/events?limit=20&type=... answered with one hand-written query and a hand-written JSON writer,
// in the API's JSON shape (items with organisations and funding programmes named, nextCursor).
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var connectionString = builder.Configuration.GetConnectionString("Scc") ?? throw new InvalidOperationException("ConnectionStrings:Scc is required.");
await using var dataSource = NpgsqlDataSource.Create(connectionString);
var app = builder.Build();

const string Sql = """
    SELECT e.id, e.slug, e.status, e.type, e.format, e.title::text, e.summary::text, e.time_zone, e.schedule::text, e.venue::text,
           e.parent_event_id, e.series_id, e.series_position, e.tags, e.registration::text, e.image_url, e.programme_id, e.window_start,
           (SELECT coalesce(json_agg(json_build_object('organisationId', o.id, 'role', eo.role, 'acronym', o.acronym, 'name', o.name)), '[]')
              FROM event_organisations eo JOIN organisations o ON o.id = eo.organisation_id WHERE eo.event_id = e.id)::text,
           (SELECT coalesce(json_agg(json_build_object('fundingProgrammeId', f.id, 'acronym', f.acronym, 'name', f.name, 'disclaimer', f.disclaimer)), '[]')
              FROM event_funding_programmes ef JOIN funding_programmes f ON f.id = ef.funding_programme_id WHERE ef.event_id = e.id)::text
    FROM events e
    WHERE e.status <> 'Draft' AND (cardinality($1::text[]) = 0 OR e.type = ANY($1))
    ORDER BY e.window_start, e.id
    LIMIT $2
    """;

app.MapGet("/api/v1/events", async (HttpContext http, string? type, int? limit) =>
{
    var pageSize = Math.Clamp(limit ?? 20, 1, 100);
    var types = (type ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Pascal).ToArray();
    await using var command = dataSource.CreateCommand(Sql);
    command.Parameters.AddWithValue(types);
    command.Parameters.AddWithValue(pageSize + 1);

    http.Response.ContentType = "application/json; charset=utf-8";
    await using var json = new Utf8JsonWriter(http.Response.BodyWriter);
    json.WriteStartObject();
    json.WriteStartArray("items");
    await using var reader = await command.ExecuteReaderAsync(http.RequestAborted);
    var count = 0;
    string? nextCursor = null;
    while (await reader.ReadAsync(http.RequestAborted))
    {
        if (++count > pageSize)
        {
            nextCursor = Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{{\"Sort\":\"startsAt\",\"Key\":\"{reader.GetFieldValue<DateTimeOffset>(17):O}\",\"Id\":\"{reader.GetGuid(0)}\"}}"));
            break;
        }
        json.WriteStartObject();
        json.WriteString("id", reader.GetGuid(0));
        json.WriteString("slug", reader.GetString(1));
        json.WriteString("status", Camel(reader.GetString(2)));
        json.WriteString("type", Camel(reader.GetString(3)));
        json.WriteString("format", Camel(reader.GetString(4)));
        Raw(json, "title", reader, 5);
        Raw(json, "summary", reader, 6);
        json.WriteString("timeZone", reader.GetString(7));
        Raw(json, "schedule", reader, 8);
        Raw(json, "venue", reader, 9);
        Guid(json, "parentEventId", reader, 10);
        Guid(json, "seriesId", reader, 11);
        if (reader.IsDBNull(12)) json.WriteNull("seriesPosition"); else json.WriteNumber("seriesPosition", reader.GetInt32(12));
        json.WriteStartArray("tags");
        foreach (var tag in reader.GetFieldValue<string[]>(13)) json.WriteStringValue(tag);
        json.WriteEndArray();
        Raw(json, "registration", reader, 14);
        if (reader.IsDBNull(15)) json.WriteNull("imageUrl"); else json.WriteString("imageUrl", reader.GetString(15));
        json.WritePropertyName("organisations");
        WriteOrganisations(json, reader.GetString(18));
        Raw(json, "fundingProgrammes", reader, 19);
        Guid(json, "programmeId", reader, 16);
        json.WriteEndObject();
    }
    json.WriteEndArray();
    json.WriteString("nextCursor", nextCursor);
    json.WriteEndObject();
    await json.FlushAsync(http.RequestAborted);
});
app.MapGet("/health/live", () => "Healthy");
await app.RunAsync();

static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

static void Raw(Utf8JsonWriter json, string name, NpgsqlDataReader reader, int ordinal)
{
    json.WritePropertyName(name);
    if (reader.IsDBNull(ordinal)) json.WriteNullValue();
    else json.WriteRawValue(reader.GetString(ordinal), skipInputValidation: true);
}

static void Guid(Utf8JsonWriter json, string name, NpgsqlDataReader reader, int ordinal)
{
    if (reader.IsDBNull(ordinal)) json.WriteNull(name);
    else json.WriteString(name, reader.GetGuid(ordinal));
}

// Roles are stored by enum name (Organiser); the API writes them camelCase (organiser).
static void WriteOrganisations(Utf8JsonWriter json, string organisations)
{
    using var document = JsonDocument.Parse(organisations);
    json.WriteStartArray();
    foreach (var organisation in document.RootElement.EnumerateArray())
    {
        json.WriteStartObject();
        foreach (var property in organisation.EnumerateObject())
        {
            if (property.NameEquals("role")) json.WriteString("role", Camel(property.Value.GetString()!));
            else property.WriteTo(json);
        }
        json.WriteEndObject();
    }
    json.WriteEndArray();
}
