using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CsvHelper;
using Scc.Api.Exports;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

/// <summary><c>/api/v1/exports</c>: the directory as CSV (read back by a CSV parser) and JSON, for staff; contacts for admins only.</summary>
public sealed class DirectoryExportTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    private static List<Dictionary<string, string>> Rows(byte[] csvBytes, out string[] headers)
    {
        var rows = new List<Dictionary<string, string>>();
        using var csv = CsvReader.Create(csvBytes, CsvReaderOptions.Default);
        string[] names = [];
        while (csv.Read())
        {
            names = csv.Headers.ToArray();
            rows.Add(names.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => csv.GetString(x.i)));
        }
        headers = names;
        return rows;
    }

    private static async Task<byte[]> CsvAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task Organisations_and_people_export_every_item_in_both_languages_as_csv_and_json_with_formulas_neutralised()
    {
        var editor = api.As("editor");
        await (await editor.PostJsonAsync("/api/v1/organisations", new JsonObject
        {
            ["name"] = new JsonObject { ["en"] = "=HYPERLINK(\"https://evil.example\")", ["zh-Hant"] = "＋惡意公司" }, ["kind"] = "company",
        })).AssertJsonAsync(HttpStatusCode.Created);

        var bytes = await CsvAsync(editor, "/api/v1/exports/organisations");
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var rows = Rows(bytes, out var headers);
        Assert.Equal(DirectoryCsv.OrganisationColumns, headers);
        var json = await (await editor.GetAsync("/api/v1/exports/organisations?format=json")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal(json["items"]!.AsArray().Select(o => o!["slug"]!.GetValue<string>()), rows.Select(r => r["slug"]));
        var scc = rows.Single(r => r["slug"] == "scc");
        Assert.Equal(("Smart City Consortium", "智慧城市聯盟", "SCC"), (scc["name.en"], scc["name.zh-Hant"], scc["acronym"]));
        var evil = rows.Single(r => r["name.en"].Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.Equal(("'=HYPERLINK(\"https://evil.example\")", "'＋惡意公司"), (evil["name.en"], evil["name.zh-Hant"]));
        Assert.Contains(json["items"]!.AsArray(), o => o!["name"]!["en"]?.GetValue<string>() == "=HYPERLINK(\"https://evil.example\")");

        var people = Rows(await CsvAsync(editor, "/api/v1/exports/people"), out var personHeaders);
        Assert.Equal(DirectoryCsv.PersonColumns, personHeaders);
        var winnie = people.Single(r => r["slug"] == "winnie-tang");
        // Her 2023 judging roles are dated in the directory; neither is a current title.
        Assert.Contains("(..2023-06-14)", winnie["appointments"], StringComparison.Ordinal);
        Assert.DoesNotContain("Judge", winnie["currentTitles.en"], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_partners_contact_person_is_in_the_admins_export_only()
    {
        var partner = (await (await api.As("editor").PostJsonAsync("/api/v1/organisations", new JsonObject
        {
            ["name"] = new JsonObject { ["en"] = "Export Partner" }, ["kind"] = "tradeAssociation",
        })).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        await (await api.As("editor").PostJsonAsync("/api/v1/partnerships", new JsonObject
        {
            ["slug"] = "export-partner-2024", ["organisationId"] = partner, ["sccRole"] = "sponsor", ["scope"] = new JsonObject { ["kind"] = "period" },
            ["startDate"] = "2024-01-01",
            ["contact"] = new JsonObject { ["name"] = new JsonObject { ["en"] = "Ms Export Liaison" }, ["email"] = "export.liaison@partner.example", ["phone"] = "+852 2333 4455" },
        })).AssertJsonAsync(HttpStatusCode.Created);

        var editorBytes = await CsvAsync(api.As("editor"), "/api/v1/exports/partnerships");
        var editorRows = Rows(editorBytes, out var editorHeaders);
        Assert.Equal(DirectoryCsv.PartnershipColumns, editorHeaders);
        Assert.Equal("Export Partner", editorRows.Single(r => r["slug"] == "export-partner-2024")["organisationName.en"]);
        var editorText = Encoding.UTF8.GetString(editorBytes);
        Assert.DoesNotContain("export.liaison@partner.example", editorText, StringComparison.Ordinal);
        Assert.DoesNotContain("Ms Export Liaison", editorText, StringComparison.Ordinal);
        var editorJson = await (await api.As("editor").GetAsync("/api/v1/exports/partnerships?format=json")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.All(editorJson["items"]!.AsArray(), p => Assert.Null(p!["contact"]));

        var adminRows = Rows(await CsvAsync(api.As("admin"), "/api/v1/exports/partnerships"), out var adminHeaders);
        Assert.Equal([.. DirectoryCsv.PartnershipColumns, .. DirectoryCsv.ContactColumns], adminHeaders);
        var row = adminRows.Single(r => r["slug"] == "export-partner-2024");
        Assert.Equal(("Ms Export Liaison", "export.liaison@partner.example", "'+852 2333 4455"), (row["contact.name.en"], row["contact.email"], row["contact.phone"]));
        var adminJson = await (await api.As("admin").GetAsync("/api/v1/exports/partnerships?format=json")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("export.liaison@partner.example", adminJson["items"]!.AsArray().Single(p => p!["slug"]!.GetValue<string>() == "export-partner-2024")!["contact"]!["email"]!.GetValue<string>());
    }

    [Fact]
    public async Task Exports_are_for_staff_and_an_unknown_format_is_named()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Anonymous().GetAsync("/api/v1/exports/people")).StatusCode);
        Assert.Contains("format", (await (await api.As("editor").GetAsync("/api/v1/exports/people?format=xml"))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorKeys());
    }
}
