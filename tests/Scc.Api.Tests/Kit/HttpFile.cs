using System.Globalization;
using System.Text.RegularExpressions;

namespace Scc.Api.Tests.Kit;

/// <summary>One request of a .http file, with the status its <c># @expect</c> comment names.</summary>
public sealed record HttpFileRequest(string Title, int Line, int ExpectedStatus, string Method, string Url, IReadOnlyList<KeyValuePair<string, string>> Headers, string? Body);

/// <summary>
/// A .http file read as VS Code's REST Client, Visual Studio and Rider read it: <c>@name = value</c> file variables,
/// requests separated by <c>###</c> lines, comments (<c>#</c>, <c>//</c>) before the request line, headers up to the
/// first blank line, then the body; <c>{{name}}</c> and <c>{{$timestamp}}</c> substituted.
/// </summary>
public sealed partial class HttpFile
{
    public required IReadOnlyDictionary<string, string> Variables { get; init; }

    public required IReadOnlyList<HttpFileRequest> Requests { get; init; }

    [GeneratedRegex(@"^@([A-Za-z_][\w.-]*)\s*=\s*(.*?)\s*$")]
    private static partial Regex VariableLine();

    [GeneratedRegex(@"^(?:#|//)\s*@expect\s+(\d{3})\s*$")]
    private static partial Regex ExpectLine();

    [GeneratedRegex(@"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\s+(\S+)(?:\s+HTTP/[\d.]+)?$")]
    private static partial Regex RequestLine();

    [GeneratedRegex(@"\{\{\s*(\$?[\w.-]+)\s*\}\}")]
    private static partial Regex Reference();

    public static HttpFile Parse(string text)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var requests = new List<HttpFileRequest>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var title = "";
        int? expected = null;
        var index = 0;
        while (index < lines.Length)
        {
            var line = lines[index].TrimEnd();
            if (line.StartsWith("###", StringComparison.Ordinal))
            {
                title = line.TrimStart('#').Trim();
                expected = null;
                index++;
                continue;
            }
            if (VariableLine().Match(line) is { Success: true } variable)
            {
                variables[variable.Groups[1].Value] = variable.Groups[2].Value;
                index++;
                continue;
            }
            if (ExpectLine().Match(line) is { Success: true } expect)
            {
                expected = int.Parse(expect.Groups[1].Value, CultureInfo.InvariantCulture);
                index++;
                continue;
            }
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("//", StringComparison.Ordinal))
            {
                index++;
                continue;
            }
            var request = RequestLine().Match(line);
            if (!request.Success) throw new FormatException($"line {index + 1}: not a request line: {line}");
            if (expected is null) throw new FormatException($"line {index + 1}: the request has no '# @expect <status>' comment before it");
            var start = index + 1;
            var headers = new List<KeyValuePair<string, string>>();
            index++;
            for (; index < lines.Length && lines[index].Trim().Length > 0 && !lines[index].StartsWith("###", StringComparison.Ordinal); index++)
            {
                var colon = lines[index].IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0) throw new FormatException($"line {index + 1}: not a header: {lines[index]}");
                headers.Add(new(lines[index][..colon].Trim(), lines[index][(colon + 1)..].Trim()));
            }
            var body = new List<string>();
            for (; index < lines.Length && !lines[index].StartsWith("###", StringComparison.Ordinal); index++) body.Add(lines[index]);
            var bodyText = string.Join('\n', body).Trim();
            requests.Add(new HttpFileRequest(title, start, expected.Value, request.Groups[1].Value, request.Groups[2].Value, headers,
                bodyText.Length == 0 ? null : bodyText));
            expected = null;
        }
        return new HttpFile { Variables = variables, Requests = requests };
    }

    /// <summary>
    /// Substitutes variables (the file's, replaced by <paramref name="overrides"/>, which may themselves refer to
    /// others) and the system variable <c>{{$timestamp}}</c>; anything left unresolved is an error.
    /// </summary>
    public string Resolve(string text, IReadOnlyDictionary<string, string> overrides, long timestamp, int depth = 0)
    {
        if (depth > 10) throw new FormatException($"variables refer to each other in a loop: {text}");
        return Reference().Replace(text, match =>
        {
            var name = match.Groups[1].Value;
            if (name == "$timestamp") return timestamp.ToString(CultureInfo.InvariantCulture);
            if (overrides.TryGetValue(name, out var given)) return given;
            if (Variables.TryGetValue(name, out var value)) return Resolve(value, overrides, timestamp, depth + 1);
            throw new FormatException($"unknown variable {match.Value}");
        });
    }
}
