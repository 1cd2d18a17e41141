using System.Net;
using System.Text.RegularExpressions;
using Npgsql;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Performance;

/// <summary>
/// Every filter of the events list can be served by an index. The filter's SQL is taken from the command the API really
/// sends, and EXPLAINed with sequential scans off: the plan must then find rows through an index condition on the
/// filter's column, which only an index on that column gives (otherwise PostgreSQL falls back to a full scan).
/// </summary>
public sealed partial class EventListIndexTests(QueryShapeApiFactory api) : IClassFixture<QueryShapeApiFactory>
{
    private static readonly string AnyId = Guid.NewGuid().ToString();

    public static TheoryData<string, string> Filters => new()
    {
        { "type=seminar", "type" },
        { "type=training,seminar", "type" },
        { "status=postponed", "status" },
        { "when=upcoming", "window_end" },
        { "when=past", "window_end" },
        { "from=2023-08-01", "window_end" },
        { "to=2023-08-31", "window_start" },
        { "tag=smart-city", "tags" },
        { "q=seminar", "search_text" },
        { $"seriesId={AnyId}", "series_id" },
        { $"parentEventId={AnyId}", "parent_event_id" },
        { $"programmeId={AnyId}", "programme_id" },
        { $"fundingProgrammeId={AnyId}", "funding_programme_id" },
        { $"organisationId={AnyId}", "organisation_id" },
        { $"organisationId={AnyId}&role=organiser", "organisation_id" },
        { "role=sponsor", "role" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task EventListFilter_IsServedByAnIndex(string query, string column)
    {
        api.Recorder.Clear();
        await (await api.Anonymous().GetAsync($"/api/v1/events?{query}&when=all&limit=20".Replace("&when=all", query.StartsWith("when=", StringComparison.Ordinal) ? "" : "&when=all", StringComparison.Ordinal)))
            .AssertJsonAsync(HttpStatusCode.OK);
        // The page query; the page's organisations and funding programmes are looked up by event id afterwards.
        var list = Assert.Single(api.Recorder.Commands, c => c.Text.Contains("FROM events AS e", StringComparison.Ordinal) && c.Text.Contains("LIMIT", StringComparison.Ordinal));
        var where = InnerWhere().Match(list.Text);
        Assert.True(where.Success, $"no WHERE clause found in:\n{list.Text}");

        var plan = await ExplainAsync($"SELECT 1 FROM events AS e {where.Groups["where"].Value}", list.Parameters);

        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
        Assert.True(
            plan.Split('\n').Any(line => (line.Contains("Index Cond", StringComparison.Ordinal) || line.Contains("Recheck Cond", StringComparison.Ordinal))
                                         && line.Contains(column, StringComparison.Ordinal)),
            $"no index condition on {column}:\n{plan}");
    }

    private async Task<string> ExplainAsync(string sql, IReadOnlyList<NpgsqlParameter> parameters)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using (var off = new NpgsqlCommand("SET enable_seqscan = off", connection)) await off.ExecuteNonQueryAsync();
        await using var explain = new NpgsqlCommand("EXPLAIN " + sql, connection);
        foreach (var parameter in parameters) explain.Parameters.Add(parameter.Clone());
        var lines = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return string.Join('\n', lines);
    }

    // The filters of the page query: the first WHERE on events up to its ORDER BY.
    [GeneratedRegex(@"FROM events AS e\s+(?<where>WHERE .*?)\s+ORDER BY", RegexOptions.Singleline)]
    private static partial Regex InnerWhere();
}
