using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Scc.Application.Common;
using Scc.Infrastructure.Persistence;
using Scc.Infrastructure.Persistence.Interceptors;
using Scc.Infrastructure.Persistence.Seed;

namespace Scc.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "Scc";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException(
                $"Set the connection string ConnectionStrings:{ConnectionStringName} (environment: ConnectionStrings__{ConnectionStringName}), " +
                "or start the API with ./scripts/run.sh, which starts a local PostgreSQL.");

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AuditTimestampsInterceptor>();
        services.AddSingleton<OutboxInterceptor>();
        services.AddDbContext<AppDbContext>((provider, options) => options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(provider.GetRequiredService<AuditTimestampsInterceptor>(), provider.GetRequiredService<OutboxInterceptor>()));
        services.AddScoped<IAppDbContext>(provider => provider.GetRequiredService<AppDbContext>());
        services.AddScoped<NewsletterSeeder>();
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        return services;
    }
}
