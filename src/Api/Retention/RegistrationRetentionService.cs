using Mediator;
using Scc.Application.Registrations.RetentionSweep;

namespace Scc.Api.Retention;

/// <summary>
/// Applies the retention rule a minute after start (<c>Retention:FirstSweepDelay</c>) and then once a day: registrations of events that ended more than
/// <c>Retention:RegistrationMonths</c> months ago (default 24; 0 turns the rule off) are erased. Off with
/// <c>Retention:Enabled=false</c>; tests call the sweep directly instead. Logs counts only, never personal data.
/// </summary>
public sealed partial class RegistrationRetentionService(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<RegistrationRetentionService> logger)
    : BackgroundService
{
    public const int DefaultMonths = 24;
    private static readonly TimeSpan Interval = TimeSpan.FromDays(1);
    private static readonly TimeSpan DefaultFirstSweepDelay = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var months = configuration.GetValue("Retention:RegistrationMonths", DefaultMonths);
        if (!configuration.GetValue("Retention:Enabled", true) || months <= 0) return;
        // The first sweep waits a little, so that it does not compete with the start (the time to ready).
        await Task.Delay(configuration.GetValue("Retention:FirstSweepDelay", DefaultFirstSweepDelay), stoppingToken);
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var erased = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new EraseExpiredRegistrationsCommand(months), stoppingToken);
                if (erased.IsSuccess && erased.Value > 0) LogErased(erased.Value, months);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may be briefly away; the next day's sweep catches up.
                LogFailed(exception.GetType().Name);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: erased the personal data of {Count} registrations of events that ended more than {Months} months ago")]
    private partial void LogErased(int count, int months);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention sweep failed with {Exception}; it runs again tomorrow")]
    private partial void LogFailed(string exception);
}
