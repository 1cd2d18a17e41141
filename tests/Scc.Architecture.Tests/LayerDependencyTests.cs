using NetArchTest.Rules;

namespace Scc.Architecture.Tests;

public class LayerDependencyTests
{
    private static readonly string[] PackageNamespaces =
    [
        "Microsoft.EntityFrameworkCore",
        "FluentValidation",
        "Mediator",
        "Mapster",
        "Microsoft.AspNetCore",
        "Npgsql",
    ];

    [Fact]
    public void Domain_DependsOnNoOtherProject()
    {
        var result = Types.InAssembly(Layers.Domain)
            .ShouldNot()
            .HaveDependencyOnAny(Layers.ApplicationNamespace, Layers.InfrastructureNamespace, Layers.ApiNamespace)
            .GetResult();

        AssertSuccessful(result);
    }

    [Fact]
    public void Domain_DependsOnNoPackageNamespace()
    {
        var result = Types.InAssembly(Layers.Domain)
            .ShouldNot()
            .HaveDependencyOnAny(PackageNamespaces)
            .GetResult();

        AssertSuccessful(result);
    }

    [Fact]
    public void Domain_ReferencesOnlyFrameworkAssemblies()
    {
        var references = Layers.Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, name => Assert.True(
            name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib",
            $"Scc.Domain references {name}."));
    }

    [Fact]
    public void Application_DoesNotDependOnInfrastructureOrApi()
    {
        var result = Types.InAssembly(Layers.Application)
            .ShouldNot()
            .HaveDependencyOnAny(Layers.InfrastructureNamespace, Layers.ApiNamespace)
            .GetResult();

        AssertSuccessful(result);
    }

    [Fact]
    public void Application_DoesNotDependOnNpgsql()
    {
        var result = Types.InAssembly(Layers.Application)
            .ShouldNot()
            .HaveDependencyOn("Npgsql")
            .GetResult();

        AssertSuccessful(result);
        Assert.DoesNotContain(Layers.Application.GetReferencedAssemblies(), a => a.Name!.StartsWith("Npgsql", StringComparison.Ordinal));
    }

    /// <summary>
    /// Application holds use cases and ports: what needs the database's own powers (SQL, row locks, transactions,
    /// the change tracker) is implemented in Infrastructure behind a port, so no handler writes SQL or reaches past
    /// <c>IAppDbContext</c> to the context underneath.
    /// </summary>
    [Fact]
    public void Application_WritesNoSqlAndReachesNoFurtherThanIAppDbContext()
    {
        Assert.Empty(DatabasePowersUsedBy(Layers.Application));
    }

    // The check above passes trivially if the scan finds nothing at all; Infrastructure is where these powers live.
    [Fact]
    public void DatabasePowers_AreFoundWhereTheyAreUsed()
    {
        var used = DatabasePowersUsedBy(Layers.Infrastructure);

        Assert.Contains(used, u => u.StartsWith("Scc.Infrastructure.Persistence.Registrations.EventSeatLock", StringComparison.Ordinal) && u.Contains("FromSql", StringComparison.Ordinal));
        Assert.Contains(used, u => u.StartsWith("Scc.Infrastructure.Persistence.IdempotencyStore", StringComparison.Ordinal) && u.Contains("ExecuteSql", StringComparison.Ordinal));
        Assert.Contains(used, u => u.StartsWith("Scc.Infrastructure.Persistence.TransactionRunner", StringComparison.Ordinal) && u.Contains("DatabaseFacade", StringComparison.Ordinal));
    }

    /// <summary>
    /// Every call, in <paramref name="assembly"/>'s method bodies (lambdas and async state machines included), to raw SQL
    /// (FromSql*, ExecuteSql*, SqlQuery*), to the DatabaseFacade, the ChangeTracker or a transaction, to a DbContext itself or the
    /// services beneath it (GetService), or to Npgsql, as "Type::Method -> called member".
    /// </summary>
    private static List<string> DatabasePowersUsedBy(System.Reflection.Assembly assembly)
    {
        using var module = Mono.Cecil.ModuleDefinition.ReadModule(assembly.Location);
        string[] forbiddenTypes =
        [
            "Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade",
            "Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker",
            "Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction",
            "Microsoft.EntityFrameworkCore.Infrastructure.ICurrentDbContext",
            "Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions",
            "Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions",
            "Microsoft.EntityFrameworkCore.DbContext",
        ];
        var used = new List<string>();
        foreach (var type in module.GetTypes())
        foreach (var method in type.Methods.Where(m => m.HasBody))
        foreach (var instruction in method.Body.Instructions)
        {
            if (instruction.Operand is not Mono.Cecil.MemberReference member || member.DeclaringType is null) continue;
            var declaring = member.DeclaringType.FullName;
            var forbidden = forbiddenTypes.Contains(declaring)
                || declaring.StartsWith("Npgsql", StringComparison.Ordinal)
                || (declaring == "Microsoft.EntityFrameworkCore.RelationalQueryableExtensions" && member.Name.StartsWith("FromSql", StringComparison.Ordinal));
            if (forbidden) used.Add($"{type.FullName}::{method.Name} -> {declaring}::{member.Name}");
        }
        return used;
    }

    [Fact]
    public void Infrastructure_DoesNotDependOnApi()
    {
        var result = Types.InAssembly(Layers.Infrastructure)
            .ShouldNot()
            .HaveDependencyOn(Layers.ApiNamespace)
            .GetResult();

        AssertSuccessful(result);
    }

    /// <summary>Api composes Infrastructure at its root (Program.cs) and otherwise knows only Application's ports.</summary>
    [Fact]
    public void Api_UsesInfrastructureOnlyInItsCompositionRoot()
    {
        var result = Types.InAssembly(Layers.Api)
            .That().DoNotHaveNameStartingWith("<")
            .ShouldNot()
            .HaveDependencyOn(Layers.InfrastructureNamespace)
            .GetResult();

        var offenders = (result.FailingTypeNames ?? []).Where(name => name != "Program" && !name.StartsWith("Program+", StringComparison.Ordinal));
        Assert.Empty(offenders);
        Assert.Contains("Program", result.FailingTypeNames ?? []);
    }

    // The checks above pass trivially if the dependency search finds nothing at all; these show it finds real dependencies.
    [Theory]
    [InlineData("Infrastructure", "Npgsql")]
    [InlineData("Infrastructure", "Microsoft.EntityFrameworkCore")]
    [InlineData("Infrastructure", Layers.ApplicationNamespace)]
    [InlineData("Application", "FluentValidation")]
    [InlineData("Application", Layers.DomainNamespace)]
    [InlineData("Api", Layers.ApplicationNamespace)]
    [InlineData("Api", "Microsoft.AspNetCore")]
    public void DependencySearch_WhenLayerUsesNamespace_FindsIt(string layer, string dependency)
    {
        var assembly = Layers.All.Single(a => a.GetName().Name == "Scc." + layer);

        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOn(dependency).GetResult();

        Assert.False(result.IsSuccessful, $"Scc.{layer} was expected to use {dependency}.");
    }

    private static void AssertSuccessful(TestResult result) =>
        Assert.True(result.IsSuccessful, "Offending types: " + string.Join(", ", result.FailingTypeNames ?? []));
}
