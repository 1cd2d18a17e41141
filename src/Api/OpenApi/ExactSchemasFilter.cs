using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Scc.Api.OpenApi;

/// <summary>
/// Makes every object schema say exactly what the API's serializer does, read from System.Text.Json's own
/// contract of each type (the same one the endpoints use, with nullable annotations and required constructor
/// parameters enforced):
/// <list type="bullet">
/// <item>an answer always carries every property (null where the type allows it), so all are required;</item>
/// <item>a request may leave out what has a default, and may send null only where the type allows it; it may send
/// nothing else (<c>additionalProperties: false</c>, as the API refuses unknown properties);</item>
/// <item>a type whose request form differs from its answer form is two schemas: <c>X</c> for answers and
/// <c>XInput</c> for requests.</item>
/// </list>
/// </summary>
public sealed class ExactSchemasFilter(IOptions<JsonOptions> json) : IDocumentFilter
{
    public const string InputSuffix = "Input";

    private readonly JsonSerializerOptions serializer = json.Value.SerializerOptions;

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var schemas = swaggerDoc.Components?.Schemas;
        if (schemas is null) return;
        var types = SchemaTypes(context);
        var forms = types
            .Where(t => serializer.GetTypeInfo(t.Value).Kind == JsonTypeInfoKind.Object)
            .ToDictionary(t => t.Key, t => (Request: Form(t.Value, Direction.Request), Answer: Form(t.Value, Direction.Answer)));

        var requestRoots = context.ApiDescriptions.SelectMany(a => a.ParameterDescriptions)
            .Where(p => p.Source.Id == "Body").Select(p => p.Type);
        var answerRoots = context.ApiDescriptions.SelectMany(a => a.SupportedResponseTypes).Select(r => r.Type).OfType<Type>();
        var requestIds = Reachable(schemas, IdsOf(requestRoots, context));
        var answerIds = Reachable(schemas, IdsOf(answerRoots, context));

        // Split what is used both ways and reads differently; then whatever refers to a split schema from both
        // sides must split too, so that its request form can refer to the request forms.
        var split = forms.Keys.Where(id => requestIds.Contains(id) && answerIds.Contains(id) && !forms[id].Request.SequenceEqual(forms[id].Answer))
            .ToHashSet(StringComparer.Ordinal);
        bool grew;
        do
        {
            grew = false;
            foreach (var id in requestIds.Where(answerIds.Contains).Where(id => !split.Contains(id)))
            {
                if (References(schemas[id]).Any(split.Contains)) grew = split.Add(id) || grew;
            }
        }
        while (grew);

        foreach (var id in split)
        {
            var inputId = id + InputSuffix;
            if (schemas.ContainsKey(inputId)) throw new InvalidOperationException($"The schema id {inputId} is taken; rename the type.");
            schemas[inputId] = ToRequests(schemas[id], forms.GetValueOrDefault(id).Request, split);
        }
        foreach (var id in forms.Keys)
        {
            // A schema used both ways that did not split reads the same both ways: its request form serves both.
            if (split.Contains(id) || !requestIds.Contains(id)) schemas[id] = Apply(schemas[id], forms[id].Answer, forRequests: false);
            else schemas[id] = ToRequests(schemas[id], forms[id].Request, split);
        }
        foreach (var id in requestIds.Where(id => !forms.ContainsKey(id) && !split.Contains(id)))
        {
            schemas[id] = RewriteReferences(schemas[id], split);
        }

        foreach (var operation in swaggerDoc.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            foreach (var media in operation.RequestBody?.Content?.Values.OfType<OpenApiMediaType>() ?? [])
            {
                if (media.Schema is not null) media.Schema = RewriteReferences(media.Schema, split);
            }
        }
    }

    private enum Direction { Request, Answer }

    /// <summary>One property as the serializer reads or writes it.</summary>
    private sealed record PropertyForm(string Name, bool Required, bool Nullable);

    /// <summary>The properties of <paramref name="type"/> in one direction, in the serializer's order.</summary>
    private List<PropertyForm> Form(Type type, Direction direction)
    {
        var form = new List<PropertyForm>();
        foreach (var property in serializer.GetTypeInfo(type).Properties)
        {
            if (direction == Direction.Answer)
            {
                if (property.Get is null) continue;
                var conditional = property.AttributeProvider?.GetCustomAttributes(typeof(JsonIgnoreAttribute), true)
                    .OfType<JsonIgnoreAttribute>().Any(a => a.Condition != JsonIgnoreCondition.Never) ?? false;
                // A property left out when null is never null when present.
                form.Add(new PropertyForm(property.Name, !conditional, !conditional && property.IsGetNullable));
            }
            else
            {
                if (property.Set is null && property.AssociatedParameter is null) continue;
                var required = property.IsRequired || property.AssociatedParameter is { HasDefaultValue: false };
                form.Add(new PropertyForm(property.Name, required, property.AssociatedParameter?.IsNullable ?? property.IsSetNullable));
            }
        }
        return form;
    }

    private static IOpenApiSchema ToRequests(IOpenApiSchema schema, IReadOnlyList<PropertyForm>? form, HashSet<string> split)
    {
        var rewritten = RewriteReferences(schema, split);
        if (form is null) return rewritten;
        var concrete = (OpenApiSchema)Apply(rewritten, form, forRequests: true);
        concrete.AdditionalPropertiesAllowed = false;
        concrete.AdditionalProperties = null;
        return concrete;
    }

    private static IOpenApiSchema Apply(IOpenApiSchema schema, IReadOnlyList<PropertyForm> form, bool forRequests)
    {
        if (schema is not OpenApiSchema original) return schema;
        var result = Copy(original);
        var properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        foreach (var property in form)
        {
            if (original.Properties?.TryGetValue(property.Name, out var propertySchema) != true) continue;
            properties[property.Name] = WithFormat(property.Name, WithNullability(propertySchema!, property.Nullable), forRequests);
        }
        result.Properties = properties;
        result.Required = new SortedSet<string>(form.Where(p => p.Required && properties.ContainsKey(p.Name)).Select(p => p.Name), StringComparer.Ordinal);
        if (result.Required.Count == 0) result.Required = null;
        return result;
    }

    /// <summary>
    /// A request's property named email takes an e-mail address (the validators check it). An answer's may hold what
    /// an erasure left in its place, so it says no format.
    /// </summary>
    private static IOpenApiSchema WithFormat(string name, IOpenApiSchema schema, bool forRequests)
    {
        if (forRequests && name == "email" && schema is OpenApiSchema { Type: { } type } text && type.HasFlag(JsonSchemaType.String)) text.Format = "email";
        return schema;
    }

    /// <summary>
    /// The property's schema allowing null or not: a reference becomes <c>oneOf: [ref, null]</c> (its description
    /// moves to the wrapper), anything else gets or loses <c>null</c> in its <c>type</c>.
    /// </summary>
    private static IOpenApiSchema WithNullability(IOpenApiSchema schema, bool nullable)
    {
        switch (schema)
        {
            case OpenApiSchemaReference reference when nullable:
                var description = reference.Description;
                var bare = new OpenApiSchemaReference(reference.Reference.Id!, reference.Reference.HostDocument);
                return new OpenApiSchema { Description = description, OneOf = [bare, new OpenApiSchema { Type = JsonSchemaType.Null }] };
            case OpenApiSchemaReference:
                return schema;
            case OpenApiSchema concrete:
                var copy = Copy(concrete);
                copy.ReadOnly = false;
                copy.WriteOnly = false;
                if (copy.OneOf is { Count: > 0 } oneOf)
                {
                    var members = oneOf.Where(m => m.Type != JsonSchemaType.Null).ToList();
                    if (nullable) members.Add(new OpenApiSchema { Type = JsonSchemaType.Null });
                    copy.OneOf = members;
                    if (!nullable && members.Count == 1 && members[0] is OpenApiSchemaReference only)
                        return new OpenApiSchemaReference(only.Reference.Id!, only.Reference.HostDocument) { Description = copy.Description };
                }
                else if (copy.Type is { } type)
                {
                    copy.Type = nullable ? type | JsonSchemaType.Null : type & ~JsonSchemaType.Null;
                }
                return copy;
            default:
                return schema;
        }
    }

    private static OpenApiSchema Copy(OpenApiSchema schema) => (OpenApiSchema)schema.CreateShallowCopy();

    /// <summary>A copy of <paramref name="schema"/> whose references to split schemas point to their request forms.</summary>
    private static IOpenApiSchema RewriteReferences(IOpenApiSchema schema, HashSet<string> split)
    {
        switch (schema)
        {
            case OpenApiSchemaReference reference when reference.Reference.Id is { } id && split.Contains(id):
                return new OpenApiSchemaReference(id + InputSuffix, reference.Reference.HostDocument) { Description = reference.Description };
            case OpenApiSchema concrete:
                var copy = Copy(concrete);
                if (copy.Properties is not null)
                    copy.Properties = copy.Properties.ToDictionary(p => p.Key, p => RewriteReferences(p.Value, split), StringComparer.Ordinal);
                if (copy.Items is not null) copy.Items = RewriteReferences(copy.Items, split);
                if (copy.AdditionalProperties is not null) copy.AdditionalProperties = RewriteReferences(copy.AdditionalProperties, split);
                if (copy.OneOf is not null) copy.OneOf = [.. copy.OneOf.Select(s => RewriteReferences(s, split))];
                if (copy.AnyOf is not null) copy.AnyOf = [.. copy.AnyOf.Select(s => RewriteReferences(s, split))];
                if (copy.AllOf is not null) copy.AllOf = [.. copy.AllOf.Select(s => RewriteReferences(s, split))];
                return copy;
            default:
                return schema;
        }
    }

    /// <summary>The ids of the component schemas a schema refers to directly.</summary>
    private static IEnumerable<string> References(IOpenApiSchema? schema)
    {
        if (schema is null) yield break;
        if (schema is OpenApiSchemaReference { Reference.Id: { } id })
        {
            yield return id;
            yield break;
        }
        var children = (schema.Properties?.Values ?? []).Append(schema.Items).Append(schema.AdditionalProperties)
            .Concat(schema.OneOf ?? []).Concat(schema.AnyOf ?? []).Concat(schema.AllOf ?? []);
        foreach (var child in children)
        {
            foreach (var reference in References(child)) yield return reference;
        }
    }

    private static HashSet<string> Reachable(IDictionary<string, IOpenApiSchema> schemas, IEnumerable<string> roots)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(roots);
        while (pending.TryPop(out var id))
        {
            if (!seen.Add(id) || !schemas.TryGetValue(id, out var schema)) continue;
            foreach (var reference in References(schema)) pending.Push(reference);
        }
        return seen;
    }

    private static IEnumerable<string> IdsOf(IEnumerable<Type> types, DocumentFilterContext context) =>
        types.Select(t => context.SchemaRepository.TryLookupByType(Nullable.GetUnderlyingType(t) ?? t, out var reference) ? reference.Reference.Id : null)
            .OfType<string>();

    /// <summary>Every type behind a component schema: the bodies and answers of the operations, and what they hold.</summary>
    private Dictionary<string, Type> SchemaTypes(DocumentFilterContext context)
    {
        var found = new Dictionary<string, Type>(StringComparer.Ordinal);
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(context.ApiDescriptions.SelectMany(RootTypes));
        while (pending.TryPop(out var type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type == typeof(void) || type.ContainsGenericParameters || !seen.Add(type)) continue;
            if (context.SchemaRepository.TryLookupByType(type, out var reference)) found[reference.Reference.Id!] = type;
            var info = serializer.GetTypeInfo(type);
            switch (info.Kind)
            {
                case JsonTypeInfoKind.Object:
                    foreach (var property in info.Properties) pending.Push(property.PropertyType);
                    break;
                case JsonTypeInfoKind.Enumerable:
                    pending.Push(info.ElementType!);
                    break;
                case JsonTypeInfoKind.Dictionary:
                    pending.Push(info.ElementType!);
                    break;
            }
        }
        return found;
    }

    private static IEnumerable<Type> RootTypes(ApiDescription api) =>
        api.ParameterDescriptions.Select(p => p.Type).OfType<Type>()
            .Concat(api.SupportedResponseTypes.Select(r => r.Type).OfType<Type>());
}
