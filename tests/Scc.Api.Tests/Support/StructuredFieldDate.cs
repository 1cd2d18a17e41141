using System.Globalization;

namespace Scc.Api.Tests.Support;

/// <summary>
/// An Item Structured Field whose bare item is a Date (RFC 9651, section 4.2.9; the form RFC 9745 gives the
/// <c>Deprecation</c> header): <c>@</c> and an sf-integer (an optional minus and 1 to 15 digits) of Unix seconds,
/// optionally followed by parameters, with leading and trailing spaces allowed around the field and nothing else.
/// </summary>
public static class StructuredFieldDate
{
    public static DateTimeOffset Parse(string field)
    {
        var text = field.Trim(' ');
        if (text.Length == 0 || text[0] != '@') throw new FormatException($"'{field}' is not a structured field date: it must start with '@'.");
        var position = 1;
        var negative = position < text.Length && text[position] == '-';
        if (negative) position++;
        var start = position;
        while (position < text.Length && char.IsAsciiDigit(text[position])) position++;
        var digits = position - start;
        if (digits is 0 or > 15) throw new FormatException($"'{field}' is not a structured field date: the integer must have 1 to 15 digits.");
        // Parameters (";key" or ";key=value") may follow the bare item; anything else may not.
        if (position < text.Length && text[position] != ';') throw new FormatException($"'{field}' has '{text[position]}' after its date.");
        var seconds = long.Parse(text[start..position], NumberStyles.None, CultureInfo.InvariantCulture);
        return DateTimeOffset.FromUnixTimeSeconds(negative ? -seconds : seconds);
    }
}
