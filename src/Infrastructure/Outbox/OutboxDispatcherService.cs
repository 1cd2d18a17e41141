using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Scc.Infrastructure.Outbox;

/// <summary>
/// Runs <see cref="OutboxDispatcher.DispatchDueAsync"/> in a loop: straight on while there is work, else when woken
/// (<see cref="OutboxWakeUp"/>: outbox rows were written) or after the poll interval, whichever comes first.
/// </summary>
public sealed partial class OutboxDispatcherService(OutboxDispatcher dispatcher, OutboxWakeUp wakeUp, IOptions<OutboxSettings> options, TimeProvider clock,
    ILogger<OutboxDispatcherService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var handled = 0;
            try
            {
                handled = await dispatcher.DispatchDueAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // A database outage or a bug must not stop the loop for good: log and try again later.
                LogRoundFailed(exception);
            }
            if (handled == 0) await wakeUp.WaitAsync(options.Value.PollInterval, clock, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An outbox dispatch round failed")]
    private partial void LogRoundFailed(Exception exception);
}
