using Microsoft.EntityFrameworkCore;
using Scc.Api.Tests.Support;
using Scc.Domain.Registrations;

namespace Scc.Api.Tests.Persistence;

/// <summary>
/// The unique index that keeps one live registration per e-mail and event is filtered by a predicate written in SQL;
/// the live rule is <see cref="Registration.IsLiveIn"/>. The migrated database's own predicate is evaluated here for every
/// status and must agree with the rule, so neither can change without the other.
/// </summary>
public sealed class RegistrationRuleIndexTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    // RegistrationConfiguration.OneLivePerEmailIndex; the query below finds nothing if it is renamed.
    private const string OneLivePerEmailIndex = "ux_registrations_event_id_email_key_live";

    [Fact]
    public async Task TheOneLiveRegistrationPerEmailIndex_CoversExactlyTheLiveStatuses()
    {
        var predicate = await api.WithDbAsync(db => db.Database.SqlQuery<string>(
            $"""
            SELECT pg_get_expr(i.indpred, i.indrelid) AS "Value"
            FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
            WHERE c.relname = {OneLivePerEmailIndex} AND i.indisunique
            """).SingleAsync());

        // The stored predicate, evaluated for one row whose status column holds a status as the API stores it.
        var evaluation = "SELECT (" + predicate + ") AS \"Value\" FROM (SELECT {0}::character varying AS status) AS registrations";
        foreach (var status in Enum.GetValues<RegistrationStatus>())
        {
            var covered = await api.WithDbAsync(db => db.Database.SqlQueryRaw<bool>(evaluation, status.ToString()).SingleAsync());
            Assert.True(covered == Registration.IsLiveIn(status),
                $"The index's filter ({predicate}) says {status} is {(covered ? "" : "not ")}live; Registration.IsLiveIn says otherwise.");
        }
    }
}
