using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Scc.Domain.Common;

namespace Scc.Application.Translations;

/// <summary>
/// The bilingual texts of an item that have one language and lack the other, found by walking the item's properties:
/// every kind of content keeps its texts in <see cref="LocalizedText"/> values, at any depth (a speaker's title, a
/// session's room, a question's options), so one walk finds them all without a list per kind that could fall behind.
/// </summary>
public static class TranslationGaps
{
    // Deep enough for the deepest text (event → registration → questions[i] → options[j] → label), and a bound on cycles.
    private const int MaxDepth = 8;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> PropertiesByType = new();

    public static IReadOnlyList<MissingTranslation> Of(object item)
    {
        var gaps = new List<MissingTranslation>();
        Walk(item, "", 0, gaps);
        return gaps;
    }

    private static void Walk(object? value, string path, int depth, List<MissingTranslation> gaps)
    {
        switch (value)
        {
            case null or string or Uri or byte[]:
                return;
            case LocalizedText text:
                var (hasEnglish, hasChinese) = (!string.IsNullOrWhiteSpace(text.En), !string.IsNullOrWhiteSpace(text.ZhHant));
                if (hasEnglish && !hasChinese) gaps.Add(new MissingTranslation(path, LocalizedText.TraditionalChinese));
                else if (hasChinese && !hasEnglish) gaps.Add(new MissingTranslation(path, LocalizedText.English));
                return;
        }
        var type = value.GetType();
        if (depth >= MaxDepth || type.IsValueType) return;
        if (value is IEnumerable list)
        {
            var index = 0;
            foreach (var element in list) Walk(element, $"{path}[{index++}]", depth + 1, gaps);
            return;
        }
        foreach (var property in PropertiesByType.GetOrAdd(type, Readable))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            Walk(property.GetValue(value), path.Length == 0 ? name : $"{path}.{name}", depth + 1, gaps);
        }
    }

    private static PropertyInfo[] Readable(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0)];
}
