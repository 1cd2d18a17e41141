namespace Scc.Api.Tests.Digests;

/// <summary>
/// One item of the 2023 Q3 e-newsletter as its text states it: the section it appears in, what it is, its
/// dates, its place, SCC's part and the people named with their titles.
/// </summary>
/// <param name="Section">review or upcoming.</param>
/// <param name="Kind">event, delegation or mou.</param>
/// <param name="Starts">The first day (yyyy-MM-dd, local to the item), or null for an item with no date.</param>
/// <param name="Ends">The last day.</param>
/// <param name="Place">A piece of the place as the newsletter names it (English), or null when it names none.</param>
/// <param name="SccRoles">SCC's parts in it; empty where SCC appears only through its people, or not at all.</param>
/// <param name="Group">For upcoming items: own (SCC organises) or others.</param>
/// <param name="People">"Name|piece of the title at the time", for the people the newsletter names (on the item or in its sessions).</param>
/// <param name="Disclaimer">A piece of the funding disclaimer the item must carry.</param>
/// <param name="Deadline">The registration deadline (yyyy-MM-dd in Hong Kong).</param>
/// <param name="Phone">The enquiry phone number.</param>
/// <param name="ScheduleKind">When not allDay: timed, tentative or toBeAnnounced.</param>
/// <param name="Sessions">"yyyy-MM-dd|piece of the title|speaker's name", for the parts of its agenda the newsletter dates.</param>
public sealed record NewsletterItem(
    string Section,
    string Kind,
    string Slug,
    string Title,
    string? Starts,
    string? Ends,
    string? Place,
    string[] SccRoles,
    string? Group = null,
    string[]? People = null,
    string? Disclaimer = null,
    string? Deadline = null,
    string? Phone = null,
    string ScheduleKind = "allDay",
    string[]? Sessions = null);
