using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;

namespace Scc.Application.Common.Validation;

/// <summary>
/// Validation errors name fields as clients write them: camelCase JSON paths such as
/// <c>schedule.endsAt</c> or <c>title.zh-Hant</c>.
/// </summary>
internal static class ValidationConventions
{
    [ModuleInitializer]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2255", Justification = "Validators must name fields the same way wherever they run, API or tests.")]
    internal static void Apply()
    {
        ValidatorOptions.Global.PropertyNameResolver = (_, member, expression) => JsonPath(member, expression);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, expression) => JsonPath(member, expression);
    }

    private static string? JsonPath(MemberInfo? member, LambdaExpression? expression)
    {
        var names = new List<string>();
        var current = expression?.Body;
        while (current is UnaryExpression { NodeType: ExpressionType.Convert } convert) current = convert.Operand;
        while (current is MemberExpression memberExpression)
        {
            names.Insert(0, JsonName(memberExpression.Member));
            current = memberExpression.Expression;
        }
        if (names.Count > 0) return string.Join('.', names);
        return member is null ? null : JsonName(member);
    }

    private static string JsonName(MemberInfo member) =>
        member.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
        ?? JsonNamingPolicy.CamelCase.ConvertName(member.Name);
}
