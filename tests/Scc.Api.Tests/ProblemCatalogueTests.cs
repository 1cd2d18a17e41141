using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Scc.Api.ErrorHandling;
using Scc.Api.Tests.Support;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Infrastructure.Persistence.CompiledModel;

namespace Scc.Api.Tests;

/// <summary>
/// The catalogue holds every code the API can answer with, found four ways: the error values of the Domain and the
/// Application, the pipeline's own codes, codes written as literals in the source, and the <c>{entity}_in_use</c>
/// codes of deletions a restricting foreign key can refuse. The problem table of docs/api-tour.md lists the same codes.
/// </summary>
public sealed partial class ProblemCatalogueTests
{
    [Fact]
    public void Catalogue_HasEveryErrorValueOfTheDomainAndTheApplication()
    {
        var found = new List<(string Where, string Code)>();
        foreach (var type in new[] { typeof(Error).Assembly, typeof(IAppDbContext).Assembly }.SelectMany(a => a.GetTypes()).Where(t => !t.ContainsGenericParameters))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(Error)))
                found.Add(($"{type.Name}.{property.Name}", ((Error)property.GetValue(null)!).Code));
            if (type != typeof(Error) && !type.Name.EndsWith("Errors", StringComparison.Ordinal)) continue;
            // Error.Conflict takes its code as an argument: the source check below finds the codes given to it.
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static)
                         .Where(m => m.ReturnType == typeof(Error) && !m.IsSpecialName && !(type == typeof(Error) && m.Name == nameof(Error.Conflict))))
            {
                var arguments = method.GetParameters().Select(p => Sample(p.ParameterType, $"{type.Name}.{method.Name}")).ToArray();
                found.Add(($"{type.Name}.{method.Name}(...)", ((Error)method.Invoke(null, arguments)!).Code));
            }
        }

        Assert.Contains(found, f => f.Where == "RegistrationErrors.Full" && f.Code == "event_full");
        Assert.Contains(found, f => f.Where == "IdempotencyErrors.KeyReused");
        Assert.Contains(found, f => f.Where == "WebhookErrors.UrlForbidden(...)");
        AssertAllInCatalogue(found);
    }

    [Fact]
    public void Catalogue_HasEveryCodeOfThePipeline()
    {
        var found = typeof(ProblemCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => ($"ProblemCodes.{f.Name}", (string)f.GetRawConstantValue()!))
            .Concat(Enumerable.Range(400, 200).Select(status => ($"ProblemCodes.ForStatus({status})", ProblemCodes.ForStatus(status))))
            .ToList();

        Assert.Contains(found, f => f.Item2 == "rate_limited");
        AssertAllInCatalogue(found);
    }

    [Fact]
    public void Catalogue_HasEveryCodeWrittenAsALiteralInTheSource()
    {
        var source = Path.Combine(Artifacts.RepositoryRoot(), "src");
        var found = new List<(string Where, string Code)>();
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories).Where(IsOwnSource))
        {
            var text = File.ReadAllText(file);
            foreach (var regex in new[] { ConflictFactory(), ErrorConstructor(), CodeExtension() })
                found.AddRange(regex.Matches(text).Select(m => (Path.GetRelativePath(source, file), m.Groups["code"].Value)));
        }

        // Each way of writing a code is seen at least once, so a pattern that stops matching fails here.
        Assert.Contains(found, f => f.Code == "event_has_parts");
        Assert.Contains(found, f => f.Code == "idempotency_key_reused");
        Assert.Contains(found, f => f.Code == "webhook_url_forbidden");
        Assert.Contains(found, f => f.Code == "not_found");
        AssertAllInCatalogue(found);
    }

    /// <summary>
    /// A delete refused by a restricting foreign key answers <c>{entity}_in_use</c>, named after the deleted aggregate
    /// (DatabaseFailures). The aggregates that can be deleted are those a handler removes (<c>db.Xxx.Remove</c>).
    /// </summary>
    [Fact]
    public void Catalogue_HasAnInUseCodeForEveryDeletionARestrictingForeignKeyCanRefuse()
    {
        var sets = typeof(IAppDbContext).GetProperties().Where(p => p.PropertyType.IsGenericType)
            .ToDictionary(p => p.Name, p => p.PropertyType.GetGenericArguments()[0]);
        var application = Path.Combine(Artifacts.RepositoryRoot(), "src", "Application");
        var deletable = Directory.EnumerateFiles(application, "*.cs", SearchOption.AllDirectories).Where(IsOwnSource)
            .SelectMany(file => RemoveCall().Matches(File.ReadAllText(file)).Select(m => sets[m.Groups["set"].Value]))
            .ToHashSet();
        var referred = AppDbContextModel.Instance.GetEntityTypes().SelectMany(e => e.GetForeignKeys())
            .Where(fk => !fk.IsOwnership && fk.DeleteBehavior is not (DeleteBehavior.Cascade or DeleteBehavior.ClientCascade or DeleteBehavior.SetNull))
            .Select(fk => fk.PrincipalEntityType.ClrType)
            .ToHashSet();

        var found = deletable.Intersect(referred)
            .Select(type => (type.Name, JsonNamingPolicy.SnakeCaseLower.ConvertName(type.Name) + "_in_use"))
            .ToList();

        Assert.Contains(found, f => f.Item2 == "funding_programme_in_use");
        AssertAllInCatalogue(found);
    }

    [Fact]
    public void Catalogue_IsOrderedByStatusThenCode_WithUniqueCodesAndSlugs()
    {
        var all = ProblemCatalogue.All;

        Assert.Equal(all.OrderBy(p => p.Status).ThenBy(p => p.Code, StringComparer.Ordinal), all);
        Assert.Equal(all.Count, all.Select(p => p.Code).Distinct().Count());
        Assert.All(all, p =>
        {
            Assert.Matches("^[a-z]+(_[a-z]+)*$", p.Code);
            Assert.Same(p, ProblemCatalogue.Find(p.Code));
            Assert.Same(p, ProblemCatalogue.FindBySlug(p.Slug));
            Assert.Equal("/problems/" + p.Code.Replace('_', '-'), p.Path);
            Assert.InRange(p.Status, 400, 599);
            Assert.False(string.IsNullOrWhiteSpace(p.Title));
            Assert.False(string.IsNullOrWhiteSpace(p.Description));
        });
        Assert.Null(ProblemCatalogue.Find("event-full"));
        Assert.Null(ProblemCatalogue.FindBySlug("event_full"));
    }

    [Fact]
    public void TypeUri_IsTheAbsoluteAddressOnTheRequestsOwnOrigin()
    {
        var request = new DefaultHttpContext().Request;
        request.Scheme = "https";
        request.Host = new HostString("api.example.org:8443");
        request.PathBase = "/scc";

        Assert.Equal("https://api.example.org:8443/scc/problems/event-full", ProblemCatalogue.TypeUri(request, "event_full"));
    }

    [Fact]
    public void ApiTour_ListsEveryCodeWithItsStatus()
    {
        var page = File.ReadAllLines(Path.Combine(Artifacts.RepositoryRoot(), "docs", "api-tour.md"));

        var missing = ProblemCatalogue.All
            .Where(p => !page.Any(line => line.StartsWith($"| `{p.Code}` | {p.Status} |", StringComparison.Ordinal)))
            .Select(p => $"{p.Code} ({p.Status})").ToList();

        Assert.True(missing.Count == 0, "The problem table of docs/api-tour.md lacks: " + string.Join(", ", missing));
    }

    private static void AssertAllInCatalogue(IReadOnlyCollection<(string Where, string Code)> found)
    {
        var missing = found.Where(f => ProblemCatalogue.Find(f.Code) is null).Select(f => $"{f.Code} ({f.Where})").Distinct().ToList();
        Assert.True(missing.Count == 0, "Codes missing from ProblemCatalogue: " + string.Join(", ", missing));
    }

    /// <summary>An argument for an error factory; a parameter of another type fails the test until it gets a sample.</summary>
    private static object Sample(Type type, string method) =>
        type == typeof(string) ? "x"
        : type == typeof(int) ? 0
        : type.IsEnum ? Enum.GetValues(type).GetValue(0)!
        : throw new InvalidOperationException($"{method} takes a {type.Name}: give the test a sample of it.");

    private static bool IsOwnSource(string path) =>
        !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "Migrations" or "CompiledModel");

    /// <summary><c>Error.Conflict("code", ...)</c>.</summary>
    [GeneratedRegex("""Error\.Conflict\(\s*"(?<code>[a-z_]+)"\s*,""")]
    private static partial Regex ConflictFactory();

    /// <summary>
    /// <c>new Error("code", ..., ErrorKind.X)</c> and <c>new("code", ..., ErrorKind.X)</c> within one statement (string
    /// literals, which may hold a semicolon, are stepped over whole).
    /// </summary>
    [GeneratedRegex("""new(\s+Error)?\(\s*"(?<code>[a-z_]+)"\s*,(?:"(?:[^"\\]|\\.)*"|[^;"])*?ErrorKind\.""")]
    private static partial Regex ErrorConstructor();

    /// <summary><c>["code"] = "code"</c> on a ProblemDetails.</summary>
    [GeneratedRegex("""\["code"\]\s*=\s*"(?<code>[a-z_]+)(?=")""")]
    private static partial Regex CodeExtension();

    [GeneratedRegex("""\bdb\.(?<set>[A-Za-z]+)\.Remove\(""")]
    private static partial Regex RemoveCall();
}
