using Scc.Application.Events.ChangeEventStatus;
using Scc.Application.Events.CreateEvent;
using Scc.Application.Events.UpdateEvent;
using Scc.Application.Organisations.CreateOrganisation;
using Scc.Application.Organisations.UpdateOrganisation;
using Scc.Application.Series.CreateEventSeries;
using Scc.Domain.Common;
using Scc.Domain.Events;
using Scc.Domain.Organisations;

namespace Scc.Api.OpenApi;

/// <summary>
/// One example per request body, shown in Swagger UI. Each is accepted by the API exactly as it stands
/// (a test posts every one), so any call can be tried in one click.
/// </summary>
public static class RequestExamples
{
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
        [typeof(CreateOrganisationCommand)] = new CreateOrganisationCommand
        {
            Acronym = "HKSiA",
            Name = new LocalizedText("Hong Kong Software Industry Association", "香港軟件行業協會"),
            Kind = OrganisationKind.TradeAssociation,
            CountryCode = "HK",
        },
        [typeof(UpdateOrganisationCommand)] = new UpdateOrganisationCommand
        {
            Acronym = "HKSiA",
            Name = new LocalizedText("Hong Kong Software Industry Association", "香港軟件行業協會"),
            Kind = OrganisationKind.TradeAssociation,
            CountryCode = "HK",
        },
        [typeof(CreateEventSeriesCommand)] = new CreateEventSeriesCommand(null,
            new LocalizedText("Data Analytics Trainings 2024", "「數據分析」講堂 2024"), new LocalizedText("A series of four trainings.", null)),
    };
}
