using System.Globalization;
using System.Text.RegularExpressions;

namespace Scc.Api.Tests.Kit;

/// <summary>
/// A fenced block of a documentation page that calls <c>curl</c>, with the marker on the line before it:
/// <c>&lt;!-- expect: 200 --&gt;</c> (every curl of the block answers 200), <c>&lt;!-- expect: 201, 200 --&gt;</c>
/// (one status per curl, in order), or <c>&lt;!-- not run: the reason --&gt;</c>. <see cref="Expected"/> is empty for
/// a block that is not run, and null when the marker is missing.
/// </summary>
public sealed record DocExampleBlock(string Page, int Line, string Code, IReadOnlyList<int>? Expected, string? NotRunReason)
{
    public bool Runs => Expected is { Count: > 0 };

    public string Where => $"{Page}:{Line}";
}

/// <summary>Reads the curl examples of the README and the pages under docs/ (not docs/adr, not docs/openapi).</summary>
public static partial class DocExamples
{
    [GeneratedRegex(@"^(\s*)(`{3,}|~{3,})(.*)$")]
    private static partial Regex Fence();

    // curl as a command: at the start of a line, after a pipe or a list operator, or in a command substitution.
    [GeneratedRegex(@"(^|[;&|(]|\$\()\s*curl\s", RegexOptions.Multiline)]
    private static partial Regex CurlCommand();

    [GeneratedRegex(@"^\s*<!--\s*expect:\s*([0-9][0-9,\s]*)-->\s*$")]
    private static partial Regex ExpectMarker();

    [GeneratedRegex(@"^\s*<!--\s*not run:\s*(\S.*?)\s*-->\s*$")]
    private static partial Regex NotRunMarker();

    /// <summary>The README first, then docs/*.md in name order: the pages a reader runs the examples of.</summary>
    public static IReadOnlyList<string> Pages(string root) =>
        [Path.Combine(root, "README.md"), .. Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Order(StringComparer.Ordinal)];

    /// <summary>Every fenced block of the page that calls curl, in page order.</summary>
    public static IReadOnlyList<DocExampleBlock> CurlBlocks(string root, string path)
    {
        var page = Path.GetRelativePath(root, path).Replace('\\', '/');
        var lines = File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');
        var blocks = new List<DocExampleBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            var open = Fence().Match(lines[i]);
            if (!open.Success) continue;
            var indent = open.Groups[1].Value.Length;
            var fence = open.Groups[2].Value;
            var body = new List<string>();
            var j = i + 1;
            for (; j < lines.Length; j++)
            {
                var close = Fence().Match(lines[j]);
                if (close.Success && close.Groups[2].Value.StartsWith(fence, StringComparison.Ordinal) && close.Groups[3].Value.Trim().Length == 0) break;
                // Blocks inside list items are indented; the code is what follows the fence's own indent.
                body.Add(lines[j].Length >= indent && lines[j][..indent].Trim().Length == 0 ? lines[j][indent..] : lines[j].TrimStart());
            }
            var code = string.Join('\n', body);
            if (CurlCommand().IsMatch(code))
            {
                var before = i - 1;
                while (before >= 0 && lines[before].Trim().Length == 0) before--;
                var marker = before >= 0 ? lines[before] : "";
                IReadOnlyList<int>? expected = null;
                string? notRun = null;
                if (ExpectMarker().Match(marker) is { Success: true } expect)
                {
                    expected = expect.Groups[1].Value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries)
                        .Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
                }
                else if (NotRunMarker().Match(marker) is { Success: true } skip)
                {
                    expected = [];
                    notRun = skip.Groups[1].Value;
                }
                blocks.Add(new DocExampleBlock(page, i + 1, code, expected, notRun));
            }
            i = j;
        }
        return blocks;
    }
}
