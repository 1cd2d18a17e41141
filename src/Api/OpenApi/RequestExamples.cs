using Scc.Application.Delegations.CreateDelegation;
using Scc.Application.Delegations.UpdateDelegation;
using Scc.Application.Events.ChangeEventStatus;
using Scc.Application.Events.CreateEvent;
using Scc.Application.Events.UpdateEvent;
using Scc.Application.Mous.CreateMou;
using Scc.Application.Mous.TerminateMou;
using Scc.Application.Mous.UpdateMou;
using Scc.Application.Series.CreateEventSeries;
using Scc.Domain.Common;
using Scc.Domain.Delegations;
using Scc.Domain.Events;
using Scc.Domain.Mous;

namespace Scc.Api.OpenApi;

/// <summary>
/// One example per request body, shown in Swagger UI. Each is accepted by the API exactly as it stands
/// (a test posts every one), so any call can be tried in one click.
/// </summary>
public static class RequestExamples
{
    // Delegations and MoUs refer to organisations and people, which must exist. The examples use these ids;
    // the tests create rows with them, and demo data that uses them makes the examples work in Swagger UI too.

    /// <summary>The Smart City Consortium, as the examples refer to it.</summary>
    public static readonly Guid SccOrganisationId = new("01890a5e-5cc0-7000-8000-000000000001");

    /// <summary>depa, Thailand's Digital Economy Promotion Agency, as the examples refer to it.</summary>
    public static readonly Guid DepaOrganisationId = new("01890a5e-5cc0-7000-8000-000000000002");

    /// <summary>The Hong Kong Trade Development Council, as the examples refer to it.</summary>
    public static readonly Guid HktdcOrganisationId = new("01890a5e-5cc0-7000-8000-000000000003");

    /// <summary>Gary Yeung, SCC President in 2023, as the examples refer to him.</summary>
    public static readonly Guid GaryYeungPersonId = new("01890a5e-5cc0-7000-8000-000000000101");

    private static readonly CreateDelegationCommand Delegation = new()
    {
        Title = new("Hong Kong Smart City Delegation to Bangkok", "香港智慧城市代表團訪問曼谷"),
        Purpose = new("To learn more about the potential of the Thai market for smart city solutions.", null),
        Topics = ["smart-city", "digital-economy"],
        TimeZone = "Asia/Bangkok",
        StartDate = new DateOnly(2023, 7, 13),
        EndDate = new DateOnly(2023, 7, 14),
        Destinations = [new Destination(new LocalizedText("Bangkok", "曼谷"), "TH")],
        Participants =
        [
            new Participant(GaryYeungPersonId, null, ParticipantRole.Leader),
            new Participant(null, SccOrganisationId, ParticipantRole.Organiser),
        ],
        Itinerary =
        [
            new ItineraryItem(new DateOnly(2023, 7, 13), new LocalizedText("Thailand Digital Valley", "泰國數字科技及創新園區")),
            new ItineraryItem(new DateOnly(2023, 7, 14), new LocalizedText("KMITL Digital Interactive Centre", "KMITL大學數字互動中心"),
                Note: new LocalizedText("A centre supporting the teaching of medicine and engineering.", null)),
        ],
        Highlights = [new LocalizedText("Members learnt that Thailand is actively developing smart city projects.", null)],
    };

    private static readonly CreateMouCommand Mou = new()
    {
        Title = new("MoU between depa and SCC on smart city collaboration", "depa與智慧城市聯盟合作備忘錄"),
        Purpose = new("To enhance smart city collaboration through a series of follow-up activities.", "加強聯繫,推廣兩地在智慧城市的合作。"),
        Parties =
        [
            new MouParty(DepaOrganisationId, new Signatory(Name: new LocalizedText("Dr. Nuttapon Nimmanphatcharin", null),
                Title: new LocalizedText("President and CEO, Digital Economy Promotion Agency", "會長兼行政總裁"))),
            new MouParty(SccOrganisationId, new Signatory(GaryYeungPersonId, Title: new LocalizedText("President, Smart City Consortium", "智慧城市聯盟會長"))),
        ],
        SignedOn = new DateOnly(2023, 7, 13),
        SignedAt = new SigningPlace(new LocalizedText("Bangkok", "曼谷"), "TH"),
        FacilitatorOrganisationId = HktdcOrganisationId,
    };
    private static readonly CreateEventCommand Event = new()
    {
        Type = EventType.Training,
        Format = EventFormat.InPerson,
        Title = new("Data Analytics Training: Big Data and Usage of Off-the-shelf Tools and Algorithms", "「大數據與機器學習現成工具及算法的使用」講堂"),
        Summary = new("A two-hour training on big data and machine learning tools.", null),
        TimeZone = "Asia/Hong_Kong",
        Schedule = new EventSchedule(ScheduleKind.Timed,
            StartsAt: new DateTimeOffset(2023, 8, 25, 16, 0, 0, TimeSpan.FromHours(8)),
            EndsAt: new DateTimeOffset(2023, 8, 25, 18, 0, 0, TimeSpan.FromHours(8))),
        Venue = new Venue(
            new LocalizedText("H6 CONET", "H6 CONET"),
            new LocalizedText("G/F, The Center, 99 Queen's Road Central", "中環皇后大道中99號中環中心地下"),
            new LocalizedText("Hong Kong", "香港"),
            "HK"),
        Speakers = [new Speaker(new LocalizedText("Gary Yeung", "楊文銳"), SpeakerRole.Speaker, "Mr", new LocalizedText("President, Smart City Consortium", "智慧城市聯盟會長"))],
        Tags = ["data-analytics", "training"],
        Registration = new RegistrationSettings(RegistrationMode.Internal, ClosesAt: new DateTimeOffset(2023, 8, 24, 18, 0, 0, TimeSpan.FromHours(8)),
            Capacity: 80, WaitingList: true, IsFree: true, Note: new LocalizedText("Free of charge, first-come-first-served.", "免費,先到先得。")),
        Contacts = [new EnquiryContact(new LocalizedText("SCC Secretariat", "SCC秘書處"), "+852 3480 4230")],
    };

    public static IReadOnlyDictionary<Type, object> ByType { get; } = new Dictionary<Type, object>
    {
        [typeof(CreateEventCommand)] = Event,
        [typeof(UpdateEventCommand)] = new UpdateEventCommand
        {
            Type = Event.Type, Format = Event.Format, Title = Event.Title, Summary = Event.Summary, TimeZone = Event.TimeZone,
            Schedule = Event.Schedule, Venue = Event.Venue, Speakers = Event.Speakers, Tags = Event.Tags,
            Registration = Event.Registration, Contacts = Event.Contacts,
        },
        [typeof(StatusChangeBody)] = new StatusChangeBody(new LocalizedText("Postponed because of a typhoon signal No. 8.", "因八號風球延期。")),
        [typeof(CreateDelegationCommand)] = Delegation,
        [typeof(UpdateDelegationCommand)] = new UpdateDelegationCommand
        {
            Title = Delegation.Title, Purpose = Delegation.Purpose, Topics = Delegation.Topics, TimeZone = Delegation.TimeZone,
            StartDate = Delegation.StartDate, EndDate = Delegation.EndDate, Destinations = Delegation.Destinations,
            Participants = Delegation.Participants, Itinerary = Delegation.Itinerary, Highlights = Delegation.Highlights,
            Outcomes = [new Outcome(new LocalizedText("Visits to smart city projects and parks", null), 3, OutcomeUnit.Count)],
        },
        [typeof(CreateMouCommand)] = Mou,
        [typeof(UpdateMouCommand)] = new UpdateMouCommand
        {
            Title = Mou.Title, Purpose = Mou.Purpose, Parties = Mou.Parties, SignedOn = Mou.SignedOn, SignedAt = Mou.SignedAt,
            FacilitatorOrganisationId = Mou.FacilitatorOrganisationId, EffectiveFrom = Mou.SignedOn,
            Scope = new LocalizedText("Exchanges on smart city solutions and business matching for Hong Kong technology companies in Thailand.", null),
        },
        [typeof(TerminateMouBody)] = new TerminateMouBody(new DateOnly(2025, 12, 31), new LocalizedText("Ended by mutual agreement.", "雙方同意終止。")),
        [typeof(CreateEventSeriesCommand)] = new CreateEventSeriesCommand(null,
            new LocalizedText("Data Analytics Trainings 2024", "「數據分析」講堂 2024"), new LocalizedText("A series of four trainings.", null)),
    };
}
