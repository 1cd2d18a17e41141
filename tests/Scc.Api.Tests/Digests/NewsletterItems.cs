namespace Scc.Api.Tests.Digests;

/// <summary>
/// Every item of shared/reference/scc-enewsletter-2023-q3.txt, read from its text, in the newsletter's order.
/// The newsletter was written in mid-August 2023 (its last reviewed activity is the duty visit of 7-9 August,
/// its first upcoming one the GSCS summit of 20 August) and announces activities up to 22-24 November.
/// </summary>
public static class NewsletterItems
{
    private const string Tsf = "Vetting Committee of the Trade and Industrial Organisation Support Fund";
    private const string Gsp = "General Support Programme Vetting Committee of the Innovation and Technology Fund";
    private static readonly string[] None = [];
    private static readonly string[] Organiser = ["organiser"];
    private static readonly string[] Supporting = ["supportingOrganisation"];
    private static readonly string[] Collaborating = ["collaboratingOrganisation"];

    public static IReadOnlyList<NewsletterItem> All { get; } =
    [
        // 重點活動回顧 Review of Major Events
        new("review", "event", "think-business-think-hong-kong-bangkok-2023", "Think Business, Think Hong Kong", "2023-07-13", "2023-07-14", "Bangkok", None,
            People: ["Chadchart Sittipunt|Governor of Bangkok", "Han Zhiqiang|Ambassador to Thailand", "Algernon Yau|Secretary for Commerce and Economic Development", "Peter Lam|Chairman of the HKTDC"]),
        new("review", "event", "hong-kong-smart-living-pavilion-bangkok-2023", "Hong Kong Smart Living Pavilion", "2023-07-13", "2023-07-14", "Bangkok", Organiser,
            People: ["Gary Yeung|SCC President"], Disclaimer: Tsf),
        new("review", "event", "hong-kong-smart-city-seminar-bangkok-2023-07-13", "Hong Kong Smart City Seminar in Bangkok", "2023-07-13", "2023-07-13", "Bangkok", Organiser,
            People: ["Gary Yeung|SCC President"], Disclaimer: Tsf),
        new("review", "delegation", "hk-smart-city-delegation-bangkok-2023", "Hong Kong Smart City Delegation to Bangkok", "2023-07-13", "2023-07-14", "Bangkok", Organiser,
            People: ["Gary Yeung|President"]),
        new("review", "mou", "depa-scc-mou-2023", "MoU to promote HK/Thai smart city collaboration", "2023-07-13", "2023-07-13", "Bangkok", ["party"],
            People: ["Nuttapon Nimmanphatcharin|President and CEO", "Gary Yeung|President"]),
        new("review", "delegation", "legco-members-visit-hefei-qingdao-2023", "LegCo Members’ visit to Hefei and Qingdao", "2023-07-18", "2023-07-23", "Hefei", None,
            People: ["Elizabeth Quat|Founder and Honorary President", "Duncan Chiu|Legislative Council Member", "Johnny Ng|Legislative Council Member",
                "Hailong Sheng|Legislative Council Member", "Wong Kam Fei|Legislative Council Member"]),
        new("review", "delegation", "duty-visit-gba-cities-2023", "Duty visit to GBA cities", "2023-08-07", "2023-08-09", "Daya Bay", None,
            People: ["Elizabeth Quat|Chairman of the Panel on Environmental Affairs", "Tse Chin-wan|Secretary for Environment and Ecology"]),
        new("review", "event", "data-analytics-training-2023-05-17", "Maximizing the Value in Customer Data", "2023-05-17", "2023-05-17", null, Organiser, Disclaimer: Gsp),
        new("review", "event", "data-analytics-training-2023-06-16", "Preparation of Quality Data for Effective Data modelling", "2023-06-16", "2023-06-16", null, Organiser, Disclaimer: Gsp),
        new("review", "event", "geolab-open-source-gis-professional-talk-2023-06-10", "Introduction to Open-sourced Geographic Information System", "2023-06-10", "2023-06-10", null, Supporting,
            People: ["Kenneth Tang|Adjunct Associate Professor"]),
        new("review", "event", "geolab-open-source-gis-workshop-2023-06-17", "Introduction to Open-sourced Geographic Information System", "2023-06-17", "2023-06-17", null, Supporting),
        new("review", "event", "geolab-urban-heat-island-workshop-2023-07-22", "Identify Urban Heat Island Effect", "2023-07-22", "2023-07-22", null, Supporting),
        new("review", "event", "csdi-awards-2023-presentation-day-and-awards-ceremony", "CSDI Awards 2023", "2023-07-29", "2023-07-30", null, Supporting,
            People: ["Doris Ho|Permanent Secretary for Development (Planning & Lands)", "Gary Yeung|SCC President", "Jonathan Ng|TWGHs Vice Chairman"],
            Sessions: ["2023-07-30|Open Category|Doris Ho", "2023-07-30|Open Category|Gary Yeung", "2023-07-30|Open Category|Jonathan Ng"]),
        new("review", "event", "sichuan-hong-kong-innovation-forum-2023-08-01", "Sichuan/Hong Kong Forum on Innovation & Technology", "2023-08-01", "2023-08-01", "Chengdu", None,
            People: ["Gary Yeung|SCC", "John Lee|Chief Executive", "Lillian Cheong|Under Secretary for Innovation, Technology and Industry", "Carrie Lam|Former Chief Executive"]),
        new("review", "event", "intelligent-innovative-sme-business-awards-2023-ceremony", "Intelligent and Innovative SME Business Awards 2023", "2023-06-14", "2023-06-14", null, Supporting,
            People: ["Winnie Tang|Founder and Honorary President"]),
        new("review", "event", "green-proptech-innovator-challenge-2023-ceremony", "Green PropTech Innovator Challenge 2023", "2023-07-25", "2023-07-25", null, Supporting,
            People: ["Winnie Tang|Founder and Honorary President"]),
        new("review", "event", "world-ai-conference-forum-shanghai-2023-07-08", "2023 World AI City Forum", "2023-07-08", "2023-07-08", "Shanghai", None,
            People: ["Gary Yeung|SCC President"]),
        new("review", "event", "business-govirtual-expo-and-conference-2023", "BUSINESS GOVirtual Expo and Conference 2023", "2023-07-13", "2023-07-14", null, None,
            People: ["Daniel Chun|SCC Vice President", "Emil Chan|SCC FinTech Committee Chairman"],
            Sessions: ["2023-07-13|FinTech|Emil Chan", "2023-07-14|Smart City|Daniel Chun"]),

        // 未來活動,歡迎參與 Upcoming Activities: SCC's own first
        new("upcoming", "event", "data-analytics-training-2023-08-25", "Big Data and Usage of Off-the-shelf tools and Algorithms", "2023-08-25", "2023-08-25", "H6 CONET", Organiser, "own",
            Disclaimer: Gsp, Phone: "3480 4230", ScheduleKind: "timed"),
        new("upcoming", "event", "data-analytics-training-2023-10-13", "An introduction to data visualization and interpretation", "2023-10-13", "2023-10-13", null, Organiser, "own",
            Disclaimer: Gsp, Phone: "3480 4230", ScheduleKind: "timed"),
        new("upcoming", "event", "hong-kong-smart-city-pavilion-china-hi-tech-fair-2023", "HK Smart City Pavilion at China Hi-Tech Fair", "2023-11-15", "2023-11-19",
            "Shenzhen Convention & Exhibition Centre", Organiser, "own", Disclaimer: Tsf, Deadline: "2023-08-25", Phone: "3480 4230"),
        // ...then those SCC supports or collaborates on, and the fair the pavilion is part of
        new("upcoming", "event", "china-hi-tech-fair-2023", "China Hi-Tech Fair", "2023-11-15", "2023-11-19", "Shenzhen Convention & Exhibition Centre", None, "others"),
        new("upcoming", "event", "geo-steam-2023-gis-workshop-2023-08-21", "Geo-STEAM 2023", "2023-08-21", "2023-08-21", null, Supporting, "others"),
        new("upcoming", "event", "geo-steam-2023-presentation-day-2023-09-02", "Geo-STEAM 2023 Presentation Day", "2023-09-02", "2023-09-02", null, Supporting, "others"),
        new("upcoming", "event", "digitech-asean-2023-hk-pavilion", "DigiTech ASEAN 2023", "2023-11-22", "2023-11-24", "IMPACT Exhibition Center", Collaborating, "others"),
        new("upcoming", "event", "hksia-how-to-enter-thailand-it-market-online-seminar-2023-08-31", "How to Enter Thailand IT Market", "2023-08-31", "2023-08-31", null, Collaborating, "others"),
        new("upcoming", "event", "global-smart-cities-summit-icui-2023", "Global Smart Cities Summit", "2023-08-20", "2023-08-23", "PolyU", Supporting, "others"),
        new("upcoming", "event", "hk-computer-communications-festival-2023", "HK Computer & Communications Festival 2023", "2023-08-25", "2023-08-28", "HKCEC", Supporting, "others"),
        new("upcoming", "event", "hong-kong-green-building-week-2023", "Hong Kong Green Building Week 2023", "2023-09-23", "2023-09-29", null, Supporting, "others"),
        new("upcoming", "event", "biz-green-dress-day-2023", "Biz-Green Dress Day", "2023-09-06", "2023-09-06", null, Supporting, "others"),
        new("upcoming", "event", "biohk2023", "BIOHK2023", "2023-09-13", "2023-09-16", "HKCEC", Supporting, "others"),
        new("upcoming", "event", "maker-in-china-hong-kong-chapter-2023", "Maker in China", "2023-09-13", "2023-09-13", "Hong Kong", Supporting, "others"),
        // "in September or early October": a window, never a precise day
        new("upcoming", "event", "health-partnership-awards-2023", "Health Partnership Awards 2023", "2023-09-01", "2023-10-15", "Hong Kong", Supporting, "others", ScheduleKind: "tentative"),
        // 9月6日 in the Chinese text, 9 Sep in the English: both days are kept
        new("upcoming", "event", "hkis-annual-conference-2023", "HKIS Annual Conference 2023", "2023-09-06", "2023-09-09", "The Ritz-Carlton", Supporting, "others", ScheduleKind: "tentative"),
        new("upcoming", "event", "hkis-land-surveying-division-annual-conference-2023", "Land Surveying Division Annual Conference 2023", "2023-10-14", "2023-10-14", "Regal Hong Kong Hotel", Supporting, "others"),
        new("upcoming", "event", "hkib-annual-banking-conference-2023", "HKIB Annual Banking Conference 2023", "2023-09-26", "2023-09-26", "HKCEC", Supporting, "others"),
        // a registration deadline and no event date
        new("upcoming", "event", "retail-innovation-award-2023", "Retail innovation Award 2023", null, null, null, Supporting, "others", Deadline: "2023-09-29", ScheduleKind: "toBeAnnounced"),
        new("upcoming", "event", "hk-undergraduate-financial-planners-award-2023-workshop", "HK Undergraduate Financial Planners of the Year Award 2023", "2023-09-16", "2023-09-16", null, Supporting, "others"),
        // the newsletter gives SCC no role in the symposium
        new("upcoming", "event", "symposium-on-innovation-technology-2023", "Symposium on Innovation & Technology 2023", "2023-10-13", "2023-10-13", "The Theatre, HKCEC", None, "others"),
        new("upcoming", "event", "revive-tech-asia-2023", "Revive Tech Asia 2023", "2023-10-18", "2023-10-19", "Sky100 ICC", Supporting, "others"),
    ];
}
