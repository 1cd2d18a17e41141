using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Scc.Infrastructure.Outbox;

namespace Scc.Api.Tests.Support;

/// <summary>
/// The API set up for webhook and email tests: loopback receivers allowed, retries due at once (no waiting
/// in tests), small batches so that two dispatchers interleave, and a real SMTP server to send to.
/// </summary>
public class WebhookApiFactory : ApiFactory
{
    public SmtpSink Smtp { get; } = new();

    /// <summary>Outbox:MaxAge; a day unless a test class wants deliveries dead-lettered at once.</summary>
    protected virtual string MaxAge => "1.00:00:00";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Webhooks:AllowInsecureLoopback", "true");
        builder.UseSetting("Webhooks:RequestTimeout", "00:00:05");
        builder.UseSetting("Outbox:RetryBaseDelay", "00:00:00");
        builder.UseSetting("Outbox:BatchSize", "5");
        builder.UseSetting("Outbox:MaxAge", MaxAge);
        builder.UseSetting("Email:Host", "127.0.0.1");
        builder.UseSetting("Email:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Email:TlsMode", "None");
        builder.UseSetting("Email:FromAddress", "events@example.org");
        builder.UseSetting("Email:ManageLinkTemplate", "https://example.org/registrations/manage/{token}");
    }

    public OutboxDispatcher Dispatcher => Services.GetRequiredService<OutboxDispatcher>();

    /// <summary>A second dispatcher, as another API instance would have.</summary>
    public OutboxDispatcher NewDispatcher() => ActivatorUtilities.CreateInstance<OutboxDispatcher>(Services);

    /// <summary>
    /// Turns off the subscriptions earlier tests of the class made: their receivers are gone, and with retries
    /// due at once their deliveries would keep the outbox busy.
    /// </summary>
    public Task TurnOffEarlierSubscriptionsAsync() =>
        WithDbAsync(db => db.WebhookSubscriptions.ExecuteUpdateAsync(s => s.SetProperty(w => w.IsActive, false)));

    /// <summary>Dispatch rounds until one finds nothing to do.</summary>
    public async Task DispatchUntilIdleAsync(OutboxDispatcher? dispatcher = null, int maxRounds = 200)
    {
        dispatcher ??= Dispatcher;
        for (var round = 0; round < maxRounds; round++)
            if (await dispatcher.DispatchDueAsync(CancellationToken.None) == 0) return;
        throw new InvalidOperationException($"The outbox still had work after {maxRounds} rounds.");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Smtp.Dispose();
    }
}

/// <summary>Deliveries are dead-lettered at their first failure (maximum age zero).</summary>
public sealed class DeadLetterApiFactory : WebhookApiFactory
{
    protected override string MaxAge => "00:00:00";
}
