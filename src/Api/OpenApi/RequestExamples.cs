using Scc.Application.Events.ChangeEventStatus;
using Scc.Application.Events.CreateEvent;
using Scc.Application.Events.UpdateEvent;
using Scc.Application.FundingProgrammes.CreateFundingProgramme;
using Scc.Application.FundingProgrammes.UpdateFundingProgramme;
using Scc.Application.Organisations.CreateOrganisation;
using Scc.Application.Organisations.UpdateOrganisation;
using Scc.Application.People.CreatePerson;
using Scc.Application.People.UpdatePerson;
using Scc.Application.Programmes.CreateProgramme;
using Scc.Application.Programmes.UpdateProgramme;
using Scc.Application.Partnerships.CreatePartnership;
using Scc.Application.Partnerships.UpdatePartnership;
using Scc.Application.Series.CreateEventSeries;
using Scc.Domain.Partnerships;
using Scc.Infrastructure.Persistence.Seed;
using Scc.Domain.Common;
using Scc.Domain.Events;
using Scc.Domain.Organisations;
using Scc.Domain.People;

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

    // Examples name no organisation: a fresh database has none, and an unknown organisation is refused.
    private static readonly CreatePersonCommand Person = new()
    {
        Name = new LocalizedText("Charles Mok", "莫乃光"),
        Honorific = "Ir",
        Appointments =
        [
            new Appointment(new LocalizedText("Convenor, Smart City Consortium", "智慧城市聯盟召集人"), From: new DateOnly(2016, 1, 1), To: new DateOnly(2019, 12, 31)),
            new Appointment(new LocalizedText("Founding Convenor, Smart City Consortium", "智慧城市聯盟創會召集人"), From: new DateOnly(2020, 1, 1)),
        ],
    };

    private static readonly CreateFundingProgrammeCommand FundingProgramme = new()
    {
        Acronym = "TSF",
        Name = new LocalizedText("Trade and Industrial Organisation Support Fund", "工商機構支援基金"),
        Disclaimer = new LocalizedText(
            "Any opinions, findings, conclusions or recommendations expressed in this material/event (or by members of the project team) do not reflect the views of the Government of the Hong Kong Special Administrative Region or the Vetting Committee of the Trade and Industrial Organisation Support Fund.",
            "在此刊物上/活動內(或項目小組成員)表達的任何意見、研究成果、結論或建議,並不代表香港特別行政區政府或工商機構支援基金評審委員會的觀點。"),
    };

    private static readonly CreateProgrammeCommand Programme = new()
    {
        Name = new LocalizedText("GeoLab", "GeoLab"),
        Description = new LocalizedText("A space for exchanging ideas and co-creating applications with spatial data.", "推動空間數據應用的交流及共創平台。"),
        WebsiteUrl = new Uri("https://www.geolab.gov.hk/"),
        Organisations = [],
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
        [typeof(CreatePartnershipCommand)] = new CreatePartnershipCommand
        {
            OrganisationId = DemoDataIds.Hksia,
            SccRole = OrganisationRole.CollaboratingOrganisation,
            PartnerRole = OrganisationRole.Organiser,
            Scope = new PartnershipScope(PartnershipScopeKind.Period),
            StartDate = new DateOnly(2023, 11, 22),
            EndDate = new DateOnly(2023, 11, 24),
            Notes = new LocalizedText("HK Pavilion at DigiTech ASEAN 2023, Bangkok.", "泰國曼谷 \"DigiTech ASEAN 2023\"香港展館"),
        },
        [typeof(UpdatePartnershipCommand)] = new UpdatePartnershipCommand
        {
            OrganisationId = DemoDataIds.Hksia,
            SccRole = OrganisationRole.CollaboratingOrganisation,
            PartnerRole = OrganisationRole.Organiser,
            Scope = new PartnershipScope(PartnershipScopeKind.Period),
            StartDate = new DateOnly(2023, 11, 22),
            EndDate = new DateOnly(2023, 11, 24),
        },
        [typeof(CreateEventSeriesCommand)] = new CreateEventSeriesCommand(null,
            new LocalizedText("Data Analytics Trainings 2024", "「數據分析」講堂 2024"), new LocalizedText("A series of four trainings.", null)),
        [typeof(CreatePersonCommand)] = Person,
        [typeof(UpdatePersonCommand)] = new UpdatePersonCommand { Name = Person.Name, Honorific = Person.Honorific, Appointments = Person.Appointments },
        [typeof(CreateFundingProgrammeCommand)] = FundingProgramme,
        [typeof(UpdateFundingProgrammeCommand)] = new UpdateFundingProgrammeCommand
        {
            Acronym = FundingProgramme.Acronym, Name = FundingProgramme.Name, Disclaimer = FundingProgramme.Disclaimer,
        },
        [typeof(CreateProgrammeCommand)] = Programme,
        [typeof(UpdateProgrammeCommand)] = new UpdateProgrammeCommand
        {
            Name = Programme.Name, Description = Programme.Description, WebsiteUrl = Programme.WebsiteUrl, Organisations = Programme.Organisations,
        },
    };
}
