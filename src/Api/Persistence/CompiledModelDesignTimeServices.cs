using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.Internal;

namespace Scc.Api.Persistence;

/// <summary>
/// Used by <c>dotnet ef dbcontext optimize</c> (see <c>CompiledModel/</c>). The provider leaves each index's method
/// out of the compiled model, but its query translation looks for it: <c>tags.Contains(tag)</c> becomes
/// <c>tags @&gt; ARRAY[tag]</c>, which the GIN index serves, only on a column with a GIN index, and otherwise
/// <c>tag = ANY (tags)</c>, which no index serves. So the method is written into the compiled model too.
/// </summary>
#pragma warning disable EF1001 // The provider's generator is internal API; the compiled-model test catches a change.
internal sealed class CompiledModelDesignTimeServices : IDesignTimeServices
{
    public void ConfigureDesignTimeServices(IServiceCollection services) =>
        services.AddSingleton<ICSharpRuntimeAnnotationCodeGenerator, IndexMethodKeepingGenerator>();

    private sealed class IndexMethodKeepingGenerator(
        CSharpRuntimeAnnotationCodeGeneratorDependencies dependencies,
        RelationalCSharpRuntimeAnnotationCodeGeneratorDependencies relationalDependencies)
        : NpgsqlCSharpRuntimeAnnotationCodeGenerator(dependencies, relationalDependencies)
    {
        public override void Generate(IIndex index, CSharpRuntimeAnnotationCodeGeneratorParameters parameters)
        {
            base.Generate(index, parameters);
            if (parameters.IsRuntime || index[NpgsqlAnnotationNames.IndexMethod] is not string method) return;
            var code = Dependencies.CSharpHelper;
            parameters.MainBuilder
                .Append(parameters.TargetName).Append(".AddAnnotation(")
                .Append(code.Literal(NpgsqlAnnotationNames.IndexMethod)).Append(", ").Append(code.Literal(method)).AppendLine(");");
        }
    }
}
#pragma warning restore EF1001
