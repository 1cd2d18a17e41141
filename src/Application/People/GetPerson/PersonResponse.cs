using Scc.Application.Common;
using Scc.Application.Images;
using System.Text.Json.Serialization;
using Scc.Domain.Common;
using Scc.Domain.People;

namespace Scc.Application.People.GetPerson;

/// <summary>A person as the API returns it.</summary>
public sealed record PersonResponse : IVersioned
{
    public required Guid Id { get; init; }

    public required string Slug { get; init; }

    public required LocalizedText Name { get; init; }

    public string? Honorific { get; init; }

    /// <summary>Every appointment, as written.</summary>
    public required IReadOnlyList<Appointment> Appointments { get; init; }

    /// <summary>The appointments valid today (in Hong Kong), most recently started first.</summary>
    public IReadOnlyList<Appointment> CurrentTitles { get; init; } = [];

    /// <summary>
    /// The appointments valid on the day asked for with <c>?on=yyyy-MM-dd</c> (the titles to print beside the
    /// person's name for an activity on that day), most recently started first; left out when no day was asked for.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Appointment>? TitlesOn { get; init; }

    /// <summary>The uploaded portrait in its renditions (<c>PUT /api/v1/people/{id}/portrait</c>); null when none was uploaded.</summary>
    public ImageResponse? Portrait { get; init; }

    /// <summary>The portrait as stored, before its addresses are known.</summary>
    [JsonIgnore]
    public UploadedImage? StoredPortrait { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The row version, sent as the ETag header rather than in the body.</summary>
    [JsonIgnore]
    public uint Version { get; init; }

    /// <summary>This response with its portrait's addresses on <paramref name="address"/>.</summary>
    public PersonResponse WithPortrait(PublicAddress address) => this with { Portrait = ImageResponse.Describe(StoredPortrait, address), StoredPortrait = null };

    /// <summary>This response with its dated views worked out for <paramref name="today"/> and, when asked, <paramref name="on"/>.</summary>
    public PersonResponse WithTitles(DateOnly today, DateOnly? on) => this with
    {
        CurrentTitles = AppointmentHistory.On(Appointments, today),
        TitlesOn = on is { } day ? AppointmentHistory.On(Appointments, day) : null,
    };
}
