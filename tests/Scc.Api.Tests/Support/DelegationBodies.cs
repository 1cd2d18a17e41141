using System.Text.Json.Nodes;

namespace Scc.Api.Tests.Support;

/// <summary>Delegation and MoU bodies as a client writes them: raw JSON.</summary>
public static class DelegationBodies
{
    public static JsonObject Visit(
        string title = "Smart City Delegation", string start = "2023-07-13", string end = "2023-07-14",
        string country = "TH", string city = "Bangkok", string? cityZh = null, JsonArray? participants = null, JsonArray? itinerary = null)
    {
        var cityName = new JsonObject { ["en"] = city };
        if (cityZh is not null) cityName["zh-Hant"] = cityZh;
        return new JsonObject
        {
            ["title"] = new JsonObject { ["en"] = title },
            ["timeZone"] = "Asia/Bangkok",
            ["startDate"] = start,
            ["endDate"] = end,
            ["topics"] = new JsonArray("smart-city"),
            ["destinations"] = new JsonArray(new JsonObject { ["city"] = cityName, ["countryCode"] = country }),
            ["participants"] = participants ?? new JsonArray(),
            ["itinerary"] = itinerary ?? new JsonArray(),
        };
    }

    public static JsonObject Person(Guid id, string role = "member", string? group = null)
    {
        var participant = new JsonObject { ["personId"] = id.ToString(), ["role"] = role };
        if (group is not null) participant["group"] = new JsonObject { ["en"] = group };
        return participant;
    }

    public static JsonObject Organisation(Guid id, string role = "organiser") =>
        new() { ["organisationId"] = id.ToString(), ["role"] = role };

    public static JsonObject Mou(
        Guid firstParty, Guid secondParty, string title = "Smart City MoU", string signedOn = "2023-07-13",
        string? effectiveFrom = null, string? expiresOn = null, JsonObject? firstSignatory = null)
    {
        var body = new JsonObject
        {
            ["title"] = new JsonObject { ["en"] = title },
            ["parties"] = new JsonArray(
                new JsonObject { ["organisationId"] = firstParty.ToString(), ["signatory"] = firstSignatory ?? new JsonObject { ["name"] = new JsonObject { ["en"] = "Signatory One" } } },
                new JsonObject { ["organisationId"] = secondParty.ToString() }),
            ["signedOn"] = signedOn,
        };
        if (effectiveFrom is not null) body["effectiveFrom"] = effectiveFrom;
        if (expiresOn is not null) body["expiresOn"] = expiresOn;
        return body;
    }
}
