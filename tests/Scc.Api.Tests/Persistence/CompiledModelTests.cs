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
/// the entity configurations and does not follow them by itself. When these tests fail, regenerate it (README,
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
        using var db = services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();

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

    /// <summary>Entity types, properties, keys, indexes and relationships, with the database names and types.</summary>
    private static string Describe(IModel model)
    {
        var text = new StringBuilder(model.ToDebugString(MetadataDebugStringOptions.ShortDefault)).AppendLine();
        foreach (var entity in model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{entity.Name}: table {entity.GetTableName()}, json {entity.GetContainerColumnName()}");
            foreach (var property in entity.GetDeclaredProperties())
                text.AppendLine(CultureInfo.InvariantCulture, $"  {property.Name}: {property.GetColumnName()} {property.GetColumnType()}, converter {property.GetValueConverter()?.GetType().Name}");
            foreach (var index in entity.GetDeclaredIndexes())
                text.AppendLine(CultureInfo.InvariantCulture, $"  index {index.GetDatabaseName()}: {index["Npgsql:IndexMethod"]} {index.GetFilter()}");
        }
        return text.ToString();
    }
}
