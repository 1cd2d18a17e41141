using Microsoft.EntityFrameworkCore;

namespace Scc.Api.Tests.Support;

/// <summary>What the database holds, read past the model: every column of every row.</summary>
public static class StoredRows
{
    /// <summary>Every row of <paramref name="table"/> as JSON text (one line each), all its columns included.</summary>
    public static Task<string> RowsAsJsonAsync(this ApiFactory api, string table) =>
        api.WithDbAsync(async db => string.Join('\n',
#pragma warning disable EF1003 // a table name, written in the tests, cannot be a parameter
            await db.Database.SqlQueryRaw<string>("SELECT row_to_json(t)::text AS \"Value\" FROM " + table + " t").ToListAsync()));
#pragma warning restore EF1003
}
