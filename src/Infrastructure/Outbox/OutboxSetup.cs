using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Scc.Application.Webhooks;
using Scc.Infrastructure.Email;
using Scc.Infrastructure.Webhooks;

namespace Scc.Infrastructure.Outbox;

public static class OutboxSetup
{
    /// <summary>Webhooks and emails: settings, the URL guard, the senders, the dispatcher and (when enabled) its background loop.</summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var webhooks = configuration.GetSection(WebhookSettings.Section);
        if (webhooks.GetValue<bool>(nameof(WebhookSettings.AllowInsecureLoopback)) && !environment.IsDevelopment() && !environment.IsEnvironment("Testing"))
            throw new InvalidOperationException("Webhooks:AllowInsecureLoopback is for Development and tests only; remove it from this environment's configuration.");
        services.Configure<WebhookSettings>(webhooks);
        services.Configure<OutboxSettings>(configuration.GetSection(OutboxSettings.Section));
        services.Configure<EmailSettings>(configuration.GetSection(EmailSettings.Section));
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<WebhookSettings>>().Value);
        services.AddSingleton<WebhookUrlGuard>();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<EmailSender>();
        services.AddSingleton<OutboxMetrics>();
        services.AddSingleton<EventChangeFanOut>();
        services.AddSingleton<ReminderQueue>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<OutboxWakeUp>();
        var outbox = configuration.GetSection(OutboxSettings.Section);
        if (outbox.GetValue(nameof(OutboxSettings.Enabled), true))
        {
            services.AddHostedService<OutboxDispatcherService>();
            if (outbox.GetValue(nameof(OutboxSettings.Listen), true) &&
                configuration.GetConnectionString(DependencyInjection.ConnectionStringName) is { Length: > 0 } connectionString)
            {
                services.AddHostedService(provider => new OutboxListener(connectionString, provider.GetRequiredService<OutboxWakeUp>(),
                    provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<OutboxListener>>()));
            }
        }
        return services;
    }
}
