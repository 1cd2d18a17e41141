using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NSwag;
using NSwag.CodeGeneration.CSharp;

namespace Scc.Api.Tests;

/// <summary>A .NET team generates a typed client from the committed document; it must compile as generated.</summary>
public sealed class GeneratedClientTests
{
    [Fact]
    public async Task CommittedDocument_GeneratesACSharpClientThatCompiles()
    {
        var json = await File.ReadAllTextAsync(Contract.ContractFiles.Committed);
        var document = await OpenApiDocument.FromJsonAsync(json);
        var code = new CSharpClientGenerator(document, new CSharpClientGeneratorSettings
        {
            ClassName = "SccClient",
            CSharpGeneratorSettings = { Namespace = "Scc.Client", JsonLibrary = NJsonSchema.CodeGeneration.CSharp.CSharpJsonLibrary.SystemTextJson },
        }).GenerateFile();

        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create("Scc.Client",
            [CSharpSyntaxTree.ParseText(code)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var output = new MemoryStream();
        var result = compilation.Emit(output);

        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.True(result.Success, string.Join(Environment.NewLine, errors.Take(20)));
        Assert.Contains("ListEventsAsync", code, StringComparison.Ordinal);
        Assert.Contains("CreateEventAsync", code, StringComparison.Ordinal);
    }
}
