using Scc.Application.ApiKeys.CreateApiKey;
using Scc.Application.Common;
using Scc.Application.Delegations.CreateDelegation;
using Scc.Application.Delegations.UpdateDelegation;
using Scc.Application.Digests.CreateDigest;
using Scc.Application.Digests.UpdateDigest;
using Scc.Application.Events.ChangeEventStatus;
using Scc.Application.Events.CreateEvent;
using Scc.Application.Events.ScheduleEventPublication;
using Scc.Application.Events.UpdateEvent;
using Scc.Application.FundingProgrammes.CreateFundingProgramme;
using Scc.Application.FundingProgrammes.UpdateFundingProgramme;
using Scc.Application.Mous.CreateMou;
using Scc.Application.Mous.TerminateMou;
using Scc.Application.Mous.UpdateMou;
using Scc.Application.Organisations.CreateOrganisation;
using Scc.Application.Organisations.UpdateOrganisation;
using Scc.Application.Partnerships.CreatePartnership;
using Scc.Application.Partnerships.UpdatePartnership;
using Scc.Application.People.CreatePerson;
using Scc.Application.People.UpdatePerson;
using Scc.Application.Previews.CreatePreviewLink;
using Scc.Application.Previews;
using Scc.Application.Programmes.CreateProgramme;
using Scc.Application.Programmes.UpdateProgramme;
using Scc.Application.Publishing;
using Scc.Application.Registrations.BulkUpsertRegistrations;
using Scc.Application.Registrations.ChangeRegistrationStatus;
using Scc.Application.Registrations.CheckIn;
using Scc.Application.Registrations.CorrectOwnRegistration;
using Scc.Application.Registrations.EraseRegistration;
using Scc.Application.Registrations.RegisterForEvent;
using Scc.Application.Registrations.SendManageLinks;
using Scc.Application.Series.CreateEventSeries;
using Scc.Domain.Partnerships;
using Scc.Application.Series.UpdateEventSeries;
using Scc.Application.Webhooks.CreateWebhook;
using Scc.Application.Webhooks.UpdateWebhook;
using Scc.Domain.ApiKeys;
using Scc.Domain.Common;
using Scc.Domain.Delegations;
using Scc.Domain.Events;
using Scc.Domain.Mous;
using Scc.Domain.Organisations;
using Scc.Domain.People;
using Scc.Domain.Registrations;
using Scc.Domain.Webhooks;

namespace Scc.Api.OpenApi;

/// <summary>
/// One example per request body, shown in Swagger UI. Each is accepted by the API exactly as it stands
/// (a test posts every one), so any call can be tried in one click.
/// </summary>
public static class RequestExamples
{
    // Delegations, MoUs and partnerships refer to organisations and people, which must exist. The examples use
    // the demo data's fixed ids (DemoDataIds); the tests create rows with them.

    /// <summary>The Smart City Consortium, as the examples refer to it.</summary>
    public static readonly Guid SccOrganisationId = DemoDataIds.Scc;

    /// <summary>depa, Thailand's Digital Economy Promotion Agency, as the examples refer to it.</summary>
    public static readonly Guid DepaOrganisationId = DemoDataIds.Depa;

    /// <summary>The Hong Kong Trade Development Council, as the examples refer to it.</summary>
    public static readonly Guid HktdcOrganisationId = DemoDataIds.Hktdc;

    /// <summary>Gary Yeung, SCC President in 2023, as the examples refer to him.</summary>
    public static readonly Guid GaryYeungPersonId = DemoDataIds.GaryYeung;

    /// <summary>A draft event's id: the demo data has no draft, so the request example names one of its own making.</summary>
    public static readonly Guid DraftEventId = new("0193f0c2-5b7a-7c41-9d2e-6a8b3f1e4d27");

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
            new Participant(ParticipantRole.Leader, PersonId: GaryYeungPersonId),
            new Participant(ParticipantRole.Organiser, OrganisationId: SccOrganisationId),
        ],
        Itinerary =
        [
            new ItineraryItem(new LocalizedText("Thailand Digital Valley", "泰國數字科技及創新園區"), new DateOnly(2023, 7, 13)),
            new ItineraryItem(new LocalizedText("KMITL Digital Interactive Centre", "KMITL大學數字互動中心"), new DateOnly(2023, 7, 14),
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
    /// <summary>The privacy statement version the examples' events ask consent to.</summary>
    public const string PrivacyStatementVersion = "2023-07";

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
            Capacity: 80, WaitingList: true, IsFree: true, Note: new LocalizedText("Free of charge, first-come-first-served.", "免費,先到先得。"),
            Kinds: [RegistrationKind.Attendee], PrivacyStatementVersion: PrivacyStatementVersion, Questions: RegistrationQuestions),
        Contacts = [new EnquiryContact(new LocalizedText("SCC Secretariat", "SCC秘書處"), "+852 3480 4230")],
    };

    /// <summary>
    /// The code of the check-in example. Codes are random, so no registration has this one by chance: the tests that post
    /// the examples give it to a registration of the event they post to.
    /// </summary>
    public const string CheckInCode = "ci_7Jm2xQ4pLwN9vR3tKcY8bA";

    /// <summary>The custom questions of the example event, which the example registration answers.</summary>
    public static IReadOnlyList<RegistrationQuestion> RegistrationQuestions { get; } =
    [
        new RegistrationQuestion("sector", QuestionKind.SingleChoice, new LocalizedText("Your sector", "所屬界別"), Required: true,
            Options: [new QuestionOption("government", new LocalizedText("Government", "政府")), new QuestionOption("industry", new LocalizedText("Industry", "業界")),
                new QuestionOption("academia", new LocalizedText("Academia", "學術界"))]),
        new RegistrationQuestion("dietary", QuestionKind.Text, new LocalizedText("Dietary needs", "飲食要求"), MaxLength: 200),
    ];

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

    /// <summary>The 2023 Q3 newsletter's period: written on 15 August, covering May to November.</summary>
    private static readonly CreateDigestCommand Digest = new()
    {
        Title = new LocalizedText("SCC e-Newsletter, Q3 2023", "智慧城市聯盟電子通訊 2023年第三季"),
        Introduction = new LocalizedText(
            "Dear SCC Members and Friends, this e-newsletter provides a glimpse of Smart City Consortium's events and initiatives over the past quarter.",
            "本電子通訊簡介智慧城市聯盟(SCC)過去數月及介紹未來的活動。"),
        From = new DateOnly(2023, 5, 1),
        To = new DateOnly(2023, 11, 30),
        AsOf = new DateOnly(2023, 8, 15),
    };

    public static IReadOnlyDictionary<Type, object> ByType { get; } = new Dictionary<Type, object>
    {
        [typeof(CreateDigestCommand)] = Digest,
        [typeof(UpdateDigestCommand)] = new UpdateDigestCommand
        {
            Title = Digest.Title,
            Introduction = new LocalizedText(
                "Dear SCC Members and Friends, here are our events of the past quarter and those to come; we look forward to seeing you.",
                "本電子通訊簡介SCC過去數月的活動及介紹未來的活動,期待與您見面。"),
            From = Digest.From,
            To = Digest.To,
            AsOf = Digest.AsOf,
            Items = [],
        },
        [typeof(CreateEventCommand)] = Event,
        [typeof(UpdateEventCommand)] = new UpdateEventCommand
        {
            Type = Event.Type, Format = Event.Format, Title = Event.Title, Summary = Event.Summary, TimeZone = Event.TimeZone,
            Schedule = Event.Schedule, Venue = Event.Venue, Speakers = Event.Speakers, Tags = Event.Tags,
            Registration = Event.Registration, Contacts = Event.Contacts,
        },
        // Far enough ahead to stay in the future for as long as the example is posted by the tests.
        [typeof(EventPublicationScheduleBody)] = new EventPublicationScheduleBody(
            new DateTimeOffset(2031, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2031, 6, 30, 18, 0, 0, TimeSpan.FromHours(8))),
        [typeof(PublicationScheduleBody)] = new PublicationScheduleBody(new DateTimeOffset(2031, 3, 2, 9, 0, 0, TimeSpan.FromHours(8))),
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
        [typeof(CreateEventSeriesCommand)] = new CreateEventSeriesCommand(
            new LocalizedText("Data Analytics Trainings 2024", "「數據分析」講堂 2024"), Description: new LocalizedText("A series of four trainings.", null)),
        [typeof(UpdateEventSeriesCommand)] = new UpdateEventSeriesCommand(
            new LocalizedText("Data Analytics Trainings 2024", "「數據分析」講堂 2024"), Description: new LocalizedText("A series of four trainings on data analytics.", null)),
        [typeof(CreatePersonCommand)] = Person,
        [typeof(UpdatePersonCommand)] = new UpdatePersonCommand { Name = Person.Name, Honorific = Person.Honorific, Appointments = Person.Appointments },
        [typeof(CreateFundingProgrammeCommand)] = FundingProgramme,
        [typeof(UpdateFundingProgrammeCommand)] = new UpdateFundingProgrammeCommand
        {
            Acronym = FundingProgramme.Acronym, Name = FundingProgramme.Name, Disclaimer = FundingProgramme.Disclaimer,
        },
        [typeof(RegisterForEventCommand)] = new RegisterForEventCommand
        {
            Kind = RegistrationKind.Attendee,
            Registrant = new RegistrantBody("Chan Tai Man", "taiman.chan@example.com", "+852 9123 4567", "GeoTech Ltd"),
            Consent = new ConsentBody(PrivacyStatementVersion, LocalizedText.English),
            Answers = [new Answer("sector", Choices: ["industry"]), new Answer("dietary", Text: "Vegetarian")],
        },
        [typeof(RegistrationCorrectionBody)] = new RegistrationCorrectionBody("Chan Tai Man", "+852 9123 4567", "GeoTech Ltd",
            [new Answer("sector", Choices: ["industry"]), new Answer("dietary", Text: "Vegetarian, no nuts")]),
        [typeof(SendManageLinksCommand)] = new SendManageLinksCommand("taiman.chan@example.com"),
        [typeof(RegistrationDecisionBody)] = new RegistrationDecisionBody(new LocalizedText(
            "Please write to events@smartcity.org.hk with any questions.", "如有查詢,請電郵至 events@smartcity.org.hk。")),
        [typeof(CreateWebhookCommand)] = new CreateWebhookCommand(new Uri("https://crm.example.org/hooks/scc"),
            [WebhookEventTypes.RegistrationCreated, WebhookEventTypes.RegistrationCancelled, WebhookEventTypes.EventPublished],
            Description: "Member CRM: registrations and new events"),
        [typeof(UpdateWebhookCommand)] = new UpdateWebhookCommand(new Uri("https://crm.example.org/hooks/scc"),
            [WebhookEventTypes.RegistrationCreated, WebhookEventTypes.RegistrationUpdated, WebhookEventTypes.RegistrationCancelled],
            Active: true, Description: "Member CRM: registrations"),
        [typeof(CreateApiKeyCommand)] = new CreateApiKeyCommand("CRM sync", [ApiKeyScopes.RegistrationsRead, ApiKeyScopes.RegistrationsWrite]),
        [typeof(CreatePreviewLinkCommand)] = new CreatePreviewLinkCommand(PreviewTypes.Event, DraftEventId),
        [typeof(BulkUpsertRegistrationsCommand)] = new BulkUpsertRegistrationsCommand(
        [
            new BulkRegistrationItem("CRM-000123", new RegistrantBody("Wong Siu Ming", "siuming.wong@example.com", "+852 9876 5432", "Smart Mobility Ltd"),
                Consent: new ConsentBody(PrivacyStatementVersion, LocalizedText.English), Answers: [new Answer("sector", Choices: ["industry"])]),
            new BulkRegistrationItem("CRM-000124", new RegistrantBody("陳大文", "taiman.chan.crm@example.com"),
                Consent: new ConsentBody(PrivacyStatementVersion, LocalizedText.TraditionalChinese), Answers: [new Answer("sector", Choices: ["academia"])]),
        ]),
        [typeof(ErasePersonCommand)] = new ErasePersonCommand("former.registrant@example.com"),
        [typeof(CheckInByCodeCommand)] = new CheckInByCodeCommand { Code = CheckInCode },
        [typeof(CreateProgrammeCommand)] = Programme,
        [typeof(UpdateProgrammeCommand)] = new UpdateProgrammeCommand
        {
            Name = Programme.Name, Description = Programme.Description, WebsiteUrl = Programme.WebsiteUrl, Organisations = Programme.Organisations,
        },
    };
}
