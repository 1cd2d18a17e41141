using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Scc.Application.Changes;
using Scc.Application.Common;
using Scc.Application.Common.Auditing;
using Scc.Application.Common.Idempotency;
using Scc.Application.Events;
using Scc.Application.Feeds;
using Scc.Application.Images;
using Scc.Application.Publishing;
using Scc.Application.Registrations;
using Scc.Application.Registrations.Changes;
using Scc.Application.Registrations.RegisterForEvent;
using Scc.Application.Search.SearchAll;
using Scc.Infrastructure.Images;
using Scc.Infrastructure.Persistence;
using Scc.Infrastructure.Persistence.CompiledModel;
using Scc.Infrastructure.Persistence.Interceptors;
using Scc.Infrastructure.Persistence.Registrations;
using Scc.Infrastructure.Persistence.Seed;

namespace Scc.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "Scc";

    /// <summary>A streaming replica of the primary, for anonymous reads (ADR 30); optional.</summary>
    public const string ReplicaConnectionStringName = "SccReplica";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException(
                $"Set the connection string ConnectionStrings:{ConnectionStringName} (environment: ConnectionStrings__{ConnectionStringName}), " +
                "or start the API with ./scripts/run.sh, which starts a local PostgreSQL.");

        connectionString = WithDefaults(connectionString, configuration);
        var replica = configuration.GetConnectionString(ReplicaConnectionStringName) is { Length: > 0 } replicaConnectionString
            ? new ReplicaReadsInterceptor(connectionString, WithDefaults(ReplicaReadsInterceptor.PreferStandby(replicaConnectionString, connectionString), configuration))
            : null;
        var maxRetryCount = configuration.GetValue("Database:MaxRetryCount", 2);

        services.AddSingleton(TimeProvider.System);
        services.AddOptions<CalendarSettings>().BindConfiguration(CalendarSettings.Section)
            .Validate(settings => settings.Problem() is null, "The Calendar section is not valid: see CalendarSettings.").ValidateOnStart();
        services.AddSingleton<IDatabaseFailures, DatabaseFailures>();
        services.AddSingleton<AuditTimestampsInterceptor>();
        services.AddSingleton<OutboxInterceptor>();
        services.AddSingleton<AuditInterceptor>();
        // Scoped: each request's (or job's) own actor, handed to its AppDbContext.
        services.AddScoped<AuditActor>();
        // Contexts are pooled and their options built once: setting up a fresh context and its options cost every
        // request more CPU than its queries did. Each scope rents one and EF Core's scoped lease gives it back once,
        // however many services the scope resolved it as.
        services.AddDbContextPool<AppDbContext>((provider, options) => options
            .UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsHistoryTable("__ef_migrations_history")
                // Transient failures (a restarting server, a dropped connection) are retried by EF's execution
                // strategy; every explicit transaction runs inside it, so a retry replays the whole unit.
                .EnableRetryOnFailure(maxRetryCount, TimeSpan.FromSeconds(1), errorCodesToAdd: null))
            .UseSnakeCaseNamingConvention()
            // Generated from the entity configurations (docs/architecture.md, "Changing the model"): building the model at start
            // cost about 0.9 s of CPU before the first query could run.
            .UseModel(AppDbContextModel.Instance)
            .AddInterceptors(
                provider.GetRequiredService<AuditTimestampsInterceptor>(), provider.GetRequiredService<OutboxInterceptor>(), provider.GetRequiredService<AuditInterceptor>())
            .AddInterceptors(replica is null ? [] : [replica]));
        WithScopeActor(services);
        services.AddScoped<IAppDbContext>(provider => provider.GetRequiredService<AppDbContext>());
        // The ports for what needs the database's own powers: transactions, row locks, set-based updates.
        services.AddScoped<ITransactionRunner, TransactionRunner>();
        services.AddScoped<IIdempotencyStore, IdempotencyStore>();
        services.AddScoped<IEventSeatLock, EventSeatLock>();
        services.AddScoped<IWaitlistPositions, WaitlistPositions>();
        services.AddScoped<IRegistrationChangeLog, RegistrationChangeLog>();
        services.AddScoped<IContentChangeLog, ContentChangeLog>();
        services.AddScoped<IScheduledChanges, ScheduledChanges>();
        services.AddScoped<ISearchIndex, Persistence.Search.SearchIndex>();
        services.AddScoped<IEventLinks, EventLinks>();
        // Uploaded images: their bytes in PostgreSQL, shared by every instance; the image work with SkiaSharp (ADR 23).
        services.AddScoped<IImageStore, PostgresImageStore>();
        services.AddSingleton<IImageProcessor, SkiaImageProcessor>();
        services.AddSingleton<SubmissionQueue>();
        services.AddSingleton<ISubmissionQueue>(provider => provider.GetRequiredService<SubmissionQueue>());
        services.AddHostedService(provider => provider.GetRequiredService<SubmissionQueue>());
        services.AddScoped<NewsletterSeeder>();
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>
    /// A pooled context keeps no state of its own between scopes, but the audit interceptor must know who writes: each
    /// time a scope rents the context (as whatever service), it is given that scope's <see cref="AuditActor"/>, so that
    /// no context ever writes under the actor of a scope that rented it before; and likewise its <see cref="ReadSource"/>.
    /// </summary>
    private static void WithScopeActor(IServiceCollection services)
    {
        var rent = services.Single(d => d.ServiceType == typeof(AppDbContext)).ImplementationFactory
            ?? throw new InvalidOperationException("AddDbContextPool registers the context with a factory.");
        services.Replace(ServiceDescriptor.Scoped(provider =>
        {
            var context = (AppDbContext)rent(provider);
            context.AuditActor = provider.GetRequiredService<AuditActor>();
            // Absent when the application's use cases are not registered (a host of the persistence alone): the primary.
            context.ReadSource = provider.GetService<ReadSource>();
            return context;
        }));
    }

    /// <summary>
    /// Unless the connection string says otherwise:
    /// - a connection attempt and a command each give up after the configured seconds, so an outage turns into a
    ///   quick 503 instead of a hanging request;
    /// - the statements used most are prepared on each connection (<c>Max Auto Prepare</c>), so the server parses
    ///   and plans them once instead of on every request: about half of the database's CPU per list request;
    /// - connections go back to the pool without a reset.
    /// </summary>
    private static string WithDefaults(string connectionString, IConfiguration configuration)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Timeout")) builder.Timeout = configuration.GetValue("Database:ConnectTimeoutSeconds", 5);
        if (!given.ContainsKey("Command Timeout") && !given.ContainsKey("CommandTimeout"))
            builder.CommandTimeout = configuration.GetValue("Database:CommandTimeoutSeconds", 15);
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
            builder.MaxAutoPrepare = configuration.GetValue("Database:MaxAutoPrepare", 64);
        // The API sets no session state (no SET, LISTEN or temporary tables), so a pooled connection needs no reset
        // statement each time it is handed out.
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose")) builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }
}
