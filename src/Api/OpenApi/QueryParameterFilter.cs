using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Scc.Application.Common.Paging;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Scc.Api.OpenApi;

/// <summary>
/// Query parameters as the API reads them: the closed sets and formats of <see cref="QueryParameterAttribute"/>,
/// and the paging convention every list shares (<c>cursor</c>, <c>limit</c>).
/// </summary>
public sealed class QueryParameterFilter : IParameterFilter
{
    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        if (parameter is not OpenApiParameter query || query.In != ParameterLocation.Query) return;
        var declared = context.ParameterInfo?.GetCustomAttribute<QueryParameterAttribute>() ?? context.PropertyInfo?.GetCustomAttribute<QueryParameterAttribute>();
        switch (query.Name)
        {
            case "cursor":
                query.Description ??= "The nextCursor of the previous page; leave out for the first.";
                break;
            case "limit" when query.Schema is OpenApiSchema limit:
                limit.Minimum ??= "1";
                limit.Maximum ??= (declared is { Maximum: > 0 } ? declared.Maximum : PageLimits.Max).ToString(System.Globalization.CultureInfo.InvariantCulture);
                query.Description ??= declared?.Description ?? $"Page size, 1 to {PageLimits.Max} (default {PageLimits.Default}).";
                return;
        }
        if (declared is null) return;
        query.Description ??= declared.Description;
        if (declared.Required) query.Required = true;
        var value = Value(declared, context);
        if (declared.List)
        {
            query.Schema = new OpenApiSchema { Type = JsonSchemaType.Array, Items = value, UniqueItems = true };
            query.Style = ParameterStyle.Form;
            query.Explode = false;
        }
        else
        {
            query.Schema = value;
        }
        if (declared.Example is { } example) query.Example = JsonValue.Create(example);
    }

    private static IOpenApiSchema Value(QueryParameterAttribute declared, ParameterFilterContext context)
    {
        if (declared.ValuesOf is { } type) return context.SchemaGenerator.GenerateSchema(type, context.SchemaRepository);
        var values = declared.Values ?? (declared.ValuesFrom?.GetField(declared.ValuesMember, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            ?? declared.ValuesFrom?.GetProperty(declared.ValuesMember, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)) as IEnumerable<string>;
        if (declared.ValuesFrom is not null && values is null) throw new InvalidOperationException($"{declared.ValuesFrom}.{declared.ValuesMember} is not a static list of strings.");
        if (values is not null) return new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. values.Select(v => JsonValue.Create(v))] };
        return declared.Format switch
        {
            QueryParameterAttribute.DateOrDateTime => new OpenApiSchema
            {
                AnyOf = [new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" }, new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" }],
            },
            { } format => new OpenApiSchema { Type = JsonSchemaType.String, Format = format },
            null => new OpenApiSchema { Type = JsonSchemaType.String },
        };
    }
}
