using System.Net;
using System.Text.Json.Nodes;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Performance;

/// <summary>
/// A list request sends a small, fixed number of SQL commands whatever the page size: no query per row (N+1).
/// </summary>
public sealed class SqlCommandCountTests(QueryShapeApiFactory api) : IClassFixture<QueryShapeApiFactory>
{
    /// <summary>The page itself, plus one query each for its links (organisations with their names, funding programmes).</summary>
    private const int MaxCommandsPerList = 3;

    // The feed also counts the seats taken for the page's events, in one query.
    [Theory]
    [InlineData("/api/v1/events?when=all&limit={0}", MaxCommandsPerList)]
    [InlineData("/api/v1/events?when=all&role=organiser&limit={0}", MaxCommandsPerList)]
    [InlineData("/api/v1/organisations?limit={0}", MaxCommandsPerList)]
    [InlineData("/api/v1/feeds/events?when=all&limit={0}", MaxCommandsPerList + 1)]
    public async Task PublicList_SendsTheSameFewCommands_ForOneRowAndForManyRows(string pathFormat, int maxCommands)
    {
        var client = api.Anonymous();
        var (one, oneRows) = await CountCommandsAsync(client, string.Format(System.Globalization.CultureInfo.InvariantCulture, pathFormat, 1));
        var (many, manyRows) = await CountCommandsAsync(client, string.Format(System.Globalization.CultureInfo.InvariantCulture, pathFormat, 25));

        Assert.Equal(1, oneRows);
        Assert.True(manyRows >= 5, $"the demo data should give a page of several rows, got {manyRows}");
        Assert.InRange(one, 1, maxCommands);
        Assert.Equal(one, many);
    }

    /// <summary>
    /// The page query reads each event once: joining its organisations or funding programmes into it repeated the event's
    /// row, with all its text, once per link (a cartesian product when an event has both).
    /// </summary>
    [Theory]
    [InlineData("/api/v1/events?when=all&limit=23")]
    [InlineData("/api/v1/feeds/events?when=all&limit=23")] // a page size no other test asks for, so not from the output cache
    public async Task EventPageQuery_JoinsNoLinks(string path)
    {
        api.Recorder.Clear();
        var page = await (await api.Anonymous().GetAsync(path)).AssertJsonAsync(HttpStatusCode.OK);

        Assert.Contains(page["items"]!.AsArray(), item => item!["organisations"]!.AsArray().Count > 1);
        var pageQuery = Assert.Single(api.Recorder.Commands, c => c.Text.Contains("FROM events AS e", StringComparison.Ordinal) && c.Text.Contains("LIMIT", StringComparison.Ordinal));
        Assert.DoesNotContain("JOIN", pageQuery.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffRegistrationList_SendsTheSameFewCommands_ForOneRowAndForManyRows()
    {
        var editor = api.As("editor");
        var body = EventBodies.Seminar("Counted Seminar");
        body["registration"] = new JsonObject { ["mode"] = "internal", ["capacity"] = 50, ["privacyStatementVersion"] = "2023-07" };
        var eventId = (await (await editor.PostJsonAsync("/api/v1/events", body)).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        await (await editor.PostAsync($"/api/v1/events/{eventId}/publish", null)).AssertJsonAsync(HttpStatusCode.OK);
        for (var i = 0; i < 6; i++)
        {
            var registration = new JsonObject
            {
                ["registrant"] = new JsonObject { ["name"] = $"Registrant {i}", ["email"] = $"counted{i}@example.com" },
                ["consent"] = new JsonObject { ["statementVersion"] = "2023-07", ["language"] = "en" },
            };
            await (await api.Anonymous().PostJsonAsync($"/api/v1/events/{eventId}/registrations", registration)).AssertJsonAsync(HttpStatusCode.Created);
        }

        var (one, oneRows) = await CountCommandsAsync(editor, $"/api/v1/events/{eventId}/registrations?limit=1");
        var (many, manyRows) = await CountCommandsAsync(editor, $"/api/v1/events/{eventId}/registrations?limit=6");

        Assert.Equal(1, oneRows);
        Assert.Equal(6, manyRows);
        Assert.InRange(one, 1, MaxCommandsPerList);
        Assert.Equal(one, many);
    }

    /// <summary>
    /// A submission holds the event's row lock from its first command to the commit, and every submission to the event
    /// waits for it: the lock and the event's read are one command, the tally one more, the inserts one batch.
    /// </summary>
    [Fact]
    public async Task Registration_SendsThreeCommandsUnderTheEventsLock()
    {
        var editor = api.As("editor");
        var body = EventBodies.Seminar("Locked Seminar");
        body["registration"] = new JsonObject { ["mode"] = "internal", ["capacity"] = 1, ["waitingList"] = true, ["privacyStatementVersion"] = "2023-07" };
        var eventId = (await (await editor.PostJsonAsync("/api/v1/events", body)).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        await (await editor.PostAsync($"/api/v1/events/{eventId}/publish", null)).AssertJsonAsync(HttpStatusCode.OK);

        foreach (var i in new[] { 1, 2 })
        {
            var registration = new JsonObject
            {
                ["registrant"] = new JsonObject { ["name"] = $"Locked {i}", ["email"] = $"locked{i}@example.com" },
                ["consent"] = new JsonObject { ["statementVersion"] = "2023-07", ["language"] = "en" },
            };
            api.Recorder.Clear();
            await (await api.Anonymous().PostJsonAsync($"/api/v1/events/{eventId}/registrations", registration)).AssertJsonAsync(HttpStatusCode.Created);

            var commands = api.Recorder.Commands.Select(c => c.Text).ToList();
            var locked = commands.FindIndex(c => c.Contains("FOR UPDATE", StringComparison.Ordinal));
            Assert.True(locked >= 0, "no command locks the event's row");
            Assert.True(commands.Count - locked == 3, $"{commands.Count - locked} commands under the lock:\n{string.Join("\n---\n", commands.Skip(locked))}");
        }
    }

    private async Task<(int Commands, int Rows)> CountCommandsAsync(HttpClient client, string path)
    {
        api.Recorder.Clear();
        var page = await (await client.GetAsync(path)).AssertJsonAsync(HttpStatusCode.OK);
        return (api.Recorder.Commands.Count, page["items"]!.AsArray().Count);
    }
}
