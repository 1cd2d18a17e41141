using System.Text.Json;
using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Scc.Application.Events.ChangeEventStatus;
using Scc.Application.Events.CreateEvent;
using Scc.Application.Series.CreateEventSeries;
using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Infrastructure.Persistence.Seed;

/// <summary>
/// Loads the 2023 Q3 newsletter's events into an empty database. Each item goes through the same
/// commands, validators and domain rules as a request to the API, so the demo data is valid data.
/// </summary>
public sealed partial class NewsletterSeeder(AppDbContext db, ISender sender, ILogger<NewsletterSeeder> logger)
{
    private const string ResourceName = "Scc.Infrastructure.Persistence.Seed.newsletter-2023-q3.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Loads the data unless the database already has events; returns how many events it created.</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Events.AnyAsync(cancellationToken)) return 0;

        var file = await ReadAsync(cancellationToken);
        var seriesIds = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var series in file.Series)
            seriesIds[series.Slug!] = Unwrap(await sender.Send(series, cancellationToken), series.Slug!).Id;

        var eventIds = new Dictionary<string, Guid>(StringComparer.Ordinal);
        // Parents first, so that parts can point at them.
        foreach (var item in file.Events.OrderBy(e => e.ParentSlug is null ? 0 : 1))
        {
            var command = item.Event with
            {
                ParentEventId = item.ParentSlug is null ? null : eventIds[item.ParentSlug],
                SeriesId = item.SeriesSlug is null ? null : seriesIds[item.SeriesSlug],
                SeriesPosition = item.SeriesPosition,
            };
            var created = Unwrap(await sender.Send(command, cancellationToken), command.Slug ?? "?");
            eventIds[created.Slug] = created.Id;
            var transition = item.Status switch
            {
                EventStatus.Published => EventTransition.Publish,
                EventStatus.Cancelled => EventTransition.Cancel,
                _ => (EventTransition?)null,
            };
            if (transition is { } t)
                Unwrap(await sender.Send(new ChangeEventStatusCommand(created.Id, t, null, null), cancellationToken), created.Slug);
        }
        LogSeeded(file.Series.Count, eventIds.Count);
        return eventIds.Count;
    }

    private static async Task<SeedFile> ReadAsync(CancellationToken cancellationToken)
    {
        await using var stream = typeof(NewsletterSeeder).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The seed file {ResourceName} is not embedded.");
        return await JsonSerializer.DeserializeAsync<SeedFile>(stream, JsonOptions, cancellationToken)
            ?? throw new InvalidOperationException("The seed file is empty.");
    }

    private static T Unwrap<T>(Result<T> result, string item) => result.IsSuccess
        ? result.Value
        : throw new InvalidOperationException($"Seed item '{item}' was refused: {result.Error!.Code}: {result.Error.Description}");

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the newsletter's demo data: {Series} series, {Events} events")]
    private partial void LogSeeded(int series, int events);

    private sealed record SeedFile(IReadOnlyList<CreateEventSeriesCommand> Series, IReadOnlyList<SeedEvent> Events);

    private sealed record SeedEvent(
        EventStatus Status, string? ParentSlug, string? SeriesSlug, int? SeriesPosition, CreateEventCommand Event);
}
