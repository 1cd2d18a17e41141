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

    [Fact]
    public void Infrastructure_DoesNotDependOnApi()
    {
        var result = Types.InAssembly(Layers.Infrastructure)
            .ShouldNot()
            .HaveDependencyOn(Layers.ApiNamespace)
            .GetResult();

        AssertSuccessful(result);
    }

    /// <summary>
    /// Api composes Infrastructure at its root (Program.cs) and otherwise knows only Application's ports; the request
    /// examples of the OpenAPI document are the one exception, since they quote the demo data's fixed ids.
    /// </summary>
    [Fact]
    public void Api_UsesInfrastructureOnlyInItsCompositionRoot()
    {
        string[] allowed = ["Program", "Scc.Api.OpenApi.RequestExamples"];
        var result = Types.InAssembly(Layers.Api)
            .That().DoNotHaveNameStartingWith("<")
            .ShouldNot()
            .HaveDependencyOn(Layers.InfrastructureNamespace)
            .GetResult();

        var offenders = (result.FailingTypeNames ?? []).Where(name => !allowed.Any(root => name == root || name.StartsWith(root + "+", StringComparison.Ordinal)));
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
