using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Scc.Bench;

/// <summary>
/// Inserts an API key for the registrations changes feed and prints the header that presents it, so that the
/// benchmark measures the feed without a staff token. Same format as the API's keys: <c>scc_</c>, 12 hex digits,
/// <c>_</c>, 43 base64url characters; stored as its SHA-256.
/// </summary>
public static class ApiKeyCommand
{
    public static async Task RunAsync(string connectionString)
    {
        var prefix = "scc_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = prefix + "_" + System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand(
            "INSERT INTO api_keys (id, name, prefix, secret_hash, scopes, created_by, created_at, updated_at) " +
            "VALUES (@id, 'benchmark', @prefix, @hash, ARRAY['registrations:read'], 'bench', now(), now())", connection);
        insert.Parameters.AddWithValue("id", Guid.CreateVersion7());
        insert.Parameters.AddWithValue("prefix", prefix);
        insert.Parameters.AddWithValue("hash", SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
        await insert.ExecuteNonQueryAsync();
        Console.WriteLine($"X-Api-Key: {secret}");
    }
}
