using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Scc.Infrastructure;
using Scc.Infrastructure.Persistence;
using Scc.Infrastructure.Persistence.CompiledModel;

namespace Scc.Api.Tests.Persistence;

/// <summary>
/// The API runs on the compiled model in <c>src/Infrastructure/Persistence/CompiledModel</c>, which is generated from
/// the entity configurations and does not follow them by itself. When these tests fail, regenerate it (docs/architecture.md,
/// "Changing the model").
/// </summary>
public sealed class CompiledModelTests
{
    [Fact]
    public void ApiContext_RunsOnTheCompiledModel_AndItMatchesTheEntityConfigurations()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Scc"] = "Host=unused;Database=unused" })
            .Build();
        using var services = new ServiceCollection().AddLogging().AddInfrastructure(configuration).BuildServiceProvider();
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.IsType<AppDbContextModel>(db.Model);
        var configured = db.GetService<IDesignTimeModel>().Model;
        Assert.Equal(Describe(configured), Describe(db.Model));
    }

    [Fact]
    public void CompiledModel_KeepsTheGinIndexes_SoArrayFiltersStayIndexed()
    {
        // Without the index method, Npgsql turns tags.Contains(tag) into "tag = ANY (tags)", which no index serves.
        var gin = AppDbContextModel.Instance.GetEntityTypes().SelectMany(t => t.GetIndexes())
            .Where(i => (string?)i["Npgsql:IndexMethod"] == "gin").Select(i => i.GetDatabaseName()).ToList();

        Assert.Contains("ix_events_tags", gin);
        Assert.Contains("ix_delegations_country_codes", gin);
    }

    /// <summary>
    /// Entity types, properties, keys, relationships and indexes, with their database names and types. Written out
    /// here rather than with ToDebugString, which also lists the ad-hoc types that raw SQL queries add to the shared
    /// compiled model while the API runs.
    /// </summary>
    private static string Describe(IModel model)
    {
        var text = new StringBuilder();
        foreach (var entity in model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{entity.Name} : {entity.BaseType?.Name}, table {entity.GetTableName()}, json {entity.GetContainerColumnName()}, owned {entity.IsOwned()}");
            // The trash's query filter is written into the compiled model by hand (CompiledModel/TrashQueryFilters.cs).
            foreach (var filter in entity.GetDeclaredQueryFilters())
                text.AppendLine(CultureInfo.InvariantCulture, $"  filter {filter.Expression}");
            foreach (var p in entity.GetDeclaredProperties())
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"  {p.Name} {p.ClrType} null {p.IsNullable}: {p.GetColumnName()} {p.GetColumnType()} max {p.GetMaxLength()} converter {p.GetValueConverter()?.GetType().Name} generated {p.ValueGenerated} token {p.IsConcurrencyToken} element {p.GetElementType()?.ClrType}");
            foreach (var key in entity.GetDeclaredKeys())
                text.AppendLine(CultureInfo.InvariantCulture, $"  key {string.Join(',', key.Properties.Select(p => p.Name))} primary {key.IsPrimaryKey()}");
            foreach (var fk in entity.GetDeclaredForeignKeys())
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"  fk {string.Join(',', fk.Properties.Select(p => p.Name))} -> {fk.PrincipalEntityType.Name} {fk.DeleteBehavior} required {fk.IsRequired} unique {fk.IsUnique} ownership {fk.IsOwnership} nav {fk.DependentToPrincipal?.Name}/{fk.PrincipalToDependent?.Name}");
            foreach (var index in entity.GetDeclaredIndexes())
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"  index {index.GetDatabaseName()} ({string.Join(',', index.Properties.Select(p => p.Name))}) unique {index.IsUnique}: {index["Npgsql:IndexMethod"]} {index.GetFilter()}");
        }
        return text.ToString();
    }
}
