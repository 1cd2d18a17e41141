namespace Scc.Api.OpenApi;

/// <summary>
/// What a query parameter takes, for the document, where its C# type (a string the handler parses) does not say:
/// a closed set of values, one or several comma-separated, a date format, whether it is required, and an example.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class QueryParameterAttribute : Attribute
{
    /// <summary>An enum whose camelCase names are the values taken.</summary>
    public Type? ValuesOf { get; init; }

    /// <summary>The values taken, when they are not an enum's.</summary>
    public string[]? Values { get; init; }

    /// <summary>A type holding the values taken in a static list of strings, named by <see cref="ValuesMember"/>.</summary>
    public Type? ValuesFrom { get; init; }

    public string ValuesMember { get; init; } = "All";

    /// <summary>Several values may be given, comma-separated (<c>type=seminar,training</c>).</summary>
    public bool List { get; init; }

    /// <summary>The value's format: <c>date</c>, <c>date-time</c>, or <see cref="DateOrDateTime"/> for either.</summary>
    public string? Format { get; init; }

    public bool Required { get; init; }

    /// <summary>For <c>limit</c>: its largest value where it is not the usual page size.</summary>
    public int Maximum { get; init; }

    public string? Example { get; init; }

    /// <summary>Where the parameter has no XML documentation of its own (a handler's parameter).</summary>
    public string? Description { get; init; }

    public const string DateOrDateTime = "date|date-time";
}
