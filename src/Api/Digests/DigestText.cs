using System.Globalization;
using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Api.Digests;

/// <summary>The fixed words of a digest and its dates, in English and Traditional Chinese.</summary>
internal static class DigestText
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static LocalizedText Review { get; } = new("Review of Major Events", "重點活動回顧");
    public static LocalizedText Upcoming { get; } = new("Upcoming Activities", "未來活動,歡迎參與");
    public static LocalizedText OwnGroup { get; } = new("Organised by SCC", "SCC主辦活動");
    public static LocalizedText OthersGroup { get; } = new("Supported by SCC and other events", "SCC支持的活動及其他活動");
    public static LocalizedText Nothing { get; } = new("Nothing in this section.", "本部分沒有活動。");
    public static LocalizedText SccRole { get; } = new("SCC's role", "SCC的角色");
    public static LocalizedText People { get; } = new("People", "人物");

    public static LocalizedText Agenda { get; } = new("Agenda", "議程");
    public static LocalizedText Organisations { get; } = new("Organisations", "機構");
    public static LocalizedText Outcomes { get; } = new("Outcomes", "成果");
    public static LocalizedText Registration { get; } = new("Registration", "報名");
    public static LocalizedText DeadlineLabel { get; } = new("Deadline", "截止日期");
    public static LocalizedText Free { get; } = new("Free of charge", "免費");
    public static LocalizedText Enquiries { get; } = new("Enquiries", "查詢");
    public static LocalizedText PartOf { get; } = new("Part of", "屬於");
    public static LocalizedText Online { get; } = new("Online", "網上");
    public static LocalizedText Pinned { get; } = new("Featured", "精選");
    public static LocalizedText MoreDetails { get; } = new("More details", "詳情");
    public static LocalizedText RegisterHere { get; } = new("Register", "報名");
    public static LocalizedText Footer { get; } = new(
        "Smart City Consortium (SCC) is formed by a group of professionals from different corporations and organizations to provide opinions and suggestions to the Government for formulating related policies and standards in the development of Hong Kong as a world-class smart city.",
        "智慧城市聯盟(SCC)由來自不同企業及機構的專業人士組成,就香港發展成為世界級智慧城市的相關政策及標準向政府提供意見及建議。");

    public static LocalizedText Period(DateOnly from, DateOnly to) =>
        new($"{Day(from, false)} – {Day(to, false)}", $"{Day(from, true)}至{Day(to, true)}");

    public static LocalizedText Role(string role) => role switch
    {
        "organiser" => new("Organiser", "主辦機構"),
        "coOrganiser" => new("Co-organiser", "合辦機構"),
        "supportingOrganisation" => new("Supporting organisation", "支持機構"),
        "collaboratingOrganisation" => new("Collaborating organisation", "合作機構"),
        "sponsor" => new("Sponsor", "贊助機構"),
        "funder" => new("Funder", "資助機構"),
        "operator" => new("Operator", "營運機構"),
        "establisher" => new("Established by", "成立機構"),
        "party" => new("Party", "簽署方"),
        "facilitator" => new("Facilitator", "協助機構"),
        "leader" => new("Leader", "團長"),
        "member" => new("Member", "團員"),
        "host" => new("Host", "接待機構"),
        "coordinator" => new("Coordinator", "統籌"),
        "signatory" => new("Signatory", "簽署人"),
        "speaker" => new("Speaker", "講者"),
        "guestOfHonour" => new("Guest of honour", "嘉賓"),
        "officiatingGuest" => new("Officiating guest", "主禮嘉賓"),
        "judge" => new("Judge", "評判"),
        "headOfJudges" => new("Head of judges", "評判主席"),
        "moderator" => new("Moderator", "主持"),
        "presenter" => new("Presenter", "主講"),
        _ => new(role, role),
    };

    /// <summary>When an item happens, never more precisely than it is known.</summary>
    public static LocalizedText When(EventSchedule schedule) => schedule.Kind switch
    {
        ScheduleKind.Timed when schedule.StartsAt is { } s && schedule.EndsAt is { } e => new(
            $"{Day(DateOnly.FromDateTime(s.DateTime), false)}, {s:HH:mm}–{(e.Date == s.Date ? e.ToString("HH:mm", English) : Day(DateOnly.FromDateTime(e.DateTime), false) + " " + e.ToString("HH:mm", English))} (UTC{Offset(s)})",
            $"{Day(DateOnly.FromDateTime(s.DateTime), true)} {s:HH:mm}–{(e.Date == s.Date ? e.ToString("HH:mm", English) : Day(DateOnly.FromDateTime(e.DateTime), true) + " " + e.ToString("HH:mm", English))}(UTC{Offset(s)})"),
        ScheduleKind.AllDay when schedule.StartDate is { } s => Days(s, schedule.EndDate ?? s),
        ScheduleKind.Tentative when schedule.StartDate is { } s => new(
            (schedule.Note?.En ?? $"Between {Days(s, schedule.EndDate ?? s).En}") + " (to be confirmed)",
            (schedule.Note?.ZhHant ?? $"{Days(s, schedule.EndDate ?? s).ZhHant}期間") + "(待定)"),
        _ => new("Date to be announced", "日期待定"),
    };

    public static LocalizedText Days(DateOnly start, DateOnly end)
    {
        if (start == end) return new(Day(start, false), Day(start, true));
        if (start.Year == end.Year && start.Month == end.Month)
            return new($"{start.Day}–{Day(end, false)}", $"{start.Year}年{start.Month}月{start.Day}日至{end.Day}日");
        if (start.Year == end.Year)
            return new($"{start.Day} {start.ToString("MMMM", English)} – {Day(end, false)}", $"{start.Year}年{start.Month}月{start.Day}日至{end.Month}月{end.Day}日");
        return new($"{Day(start, false)} – {Day(end, false)}", $"{Day(start, true)}至{Day(end, true)}");
    }

    /// <summary>A deadline as a day and time in Hong Kong, where the consortium takes applications.</summary>
    public static LocalizedText Deadline(DateTimeOffset closesAt)
    {
        var local = TimeZoneInfo.ConvertTime(closesAt, Application.Common.HomeCalendar.Zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        return new($"{Day(day, false)}, {local:HH:mm} (Hong Kong)", $"{Day(day, true)} {local:HH:mm}(香港時間)");
    }

    private static string Day(DateOnly day, bool chinese) =>
        chinese ? $"{day.Year}年{day.Month}月{day.Day}日" : day.ToString("d MMMM yyyy", English);

    private static string Offset(DateTimeOffset instant) =>
        (instant.Offset < TimeSpan.Zero ? "-" : "+") + instant.Offset.ToString(@"hh\:mm", English);
}
