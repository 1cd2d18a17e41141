using System.Text.Json;

namespace Scc.Application.Common.Auditing;

/// <summary>
/// One changed field. <c>before</c> and <c>after</c> hold the values as JSON (absent for a value that
/// did not exist: before a creation, after a deletion); a personal or secret field carries its name only, with
/// <c>withheld</c> true.
/// </summary>
public sealed record AuditChange(string Field, JsonElement? Before = null, JsonElement? After = null, bool Withheld = false);
