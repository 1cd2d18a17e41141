using Mediator;
using Scc.Application.Publishing.RunPublicationSchedule;

namespace Scc.Api.Publishing;

/// <summary>
/// Carries out planned publications and take-downs: every <c>PublicationSchedule:Interval</c> (default 20 seconds, so
/// an item goes public within half a minute of its time), on the injected clock. Any number of instances may run it:
/// each due row is claimed in the database, in the transaction that publishes it. Off with
/// <c>PublicationSchedule:Enabled=false</c>. Logs counts only.
/// </summary>
public sealed partial class PublicationScheduleService(
    IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<PublicationScheduleService> logger)
    : BackgroundService
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(20);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("PublicationSchedule:Enabled", true)) return;
        using var timer = new PeriodicTimer(configuration.GetValue("PublicationSchedule:Interval", DefaultInterval), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var carriedOut = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RunPublicationScheduleCommand(), stoppingToken);
                if (carriedOut.IsSuccess && carriedOut.Value > 0) LogCarriedOut(carriedOut.Value);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may be briefly away; the next run picks up whatever is still due.
                LogFailed(exception.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Publication schedule: carried out {Count} planned publications or take-downs")]
    private partial void LogCarriedOut(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publication schedule run failed with {Exception}; it runs again at the next interval")]
    private partial void LogFailed(string exception);
}
