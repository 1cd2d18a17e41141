using System.Globalization;
using System.Text;
using CsvHelper;

namespace Scc.Api.Exports;

/// <summary>
/// CSV for spreadsheets: UTF-8 with a byte order mark (so Excel shows Chinese names), and every cell a spreadsheet
/// could run as a formula prefixed with ' (see <see cref="Neutralise"/>), headers included.
/// </summary>
public static class SpreadsheetCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    // The writer's own injection guard looks at the first character only, and at ASCII only: Neutralise does it instead.
    private static readonly CsvWriterOptions Options = new() { WriteByteOrderMark = true };

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, Options, leaveOpen: true))
        {
            csv.WriteHeader(header.Select(Neutralise).ToArray()!);
            foreach (var row in rows) csv.WriteRecord(row.Select(Neutralise).ToArray());
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// The cell with ' in front when a spreadsheet could take it for a formula: it starts with tab or CR, or its first
    /// character after any blanks, control and invisible formatting characters is = + - or @, in ASCII or in a form
    /// that spreadsheets read as one of them (the full-width ＝ ＋ － ＠ and the small forms, found by Unicode
    /// compatibility normalisation).
    /// </summary>
    public static string? Neutralise(string? cell)
    {
        if (string.IsNullOrEmpty(cell)) return cell;
        if (cell[0] is '\t' or '\r') return "'" + cell;
        foreach (var c in cell)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format) continue;
            return IsFormulaTrigger(c) ? "'" + cell : cell;
        }
        return cell;
    }

    private static bool IsFormulaTrigger(char c) =>
        c is '=' or '+' or '-' or '@' || c > 0x7F && !char.IsSurrogate(c) && c.ToString().Normalize(NormalizationForm.FormKC) is "=" or "+" or "-" or "@";

    /// <summary>An enum value as the JSON spells it.</summary>
    public static string Name<T>(T value) where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static string Instant(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
