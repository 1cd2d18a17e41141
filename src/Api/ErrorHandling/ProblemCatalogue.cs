using System.Collections.Frozen;

namespace Scc.Api.ErrorHandling;

/// <summary>
/// Every problem <c>code</c> the API can answer with, each with its status and what it means. A problem's
/// <c>type</c> is the address of its entry (<see cref="TypeUri"/>), which <c>GET /problems/{slug}</c> serves.
/// A test fails when a code the code base can produce is missing here, and another when the table of docs/api-tour.md misses one.
/// </summary>
public static class ProblemCatalogue
{
    /// <summary>Where the catalogue is served, outside the versioned API (like <c>/health</c>).</summary>
    public const string PathPrefix = "/problems";

    /// <summary>Every entry, ordered by status, then code.</summary>
    public static IReadOnlyList<ProblemType> All { get; } = Entries()
        .OrderBy(p => p.Status).ThenBy(p => p.Code, StringComparer.Ordinal).ToArray();

    private static readonly FrozenDictionary<string, ProblemType> ByCode = All.ToFrozenDictionary(p => p.Code, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, ProblemType> BySlug = All.ToFrozenDictionary(p => p.Slug, StringComparer.Ordinal);

    /// <summary>The entry for a problem's <c>code</c> (<c>event_full</c>), or null when the catalogue has none.</summary>
    public static ProblemType? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>The entry for the last segment of its address (<c>event-full</c>), or null when there is none.</summary>
    public static ProblemType? FindBySlug(string slug) => BySlug.GetValueOrDefault(slug);

    /// <summary>
    /// The absolute address of a code's entry on the origin that answered <paramref name="request"/>
    /// (<c>https://api.example/problems/event-full</c>), so that it resolves wherever the API runs. Without a Host
    /// (an HTTP/1.0 request) it is the path alone, which a client resolves against the address it called.
    /// </summary>
    public static string TypeUri(HttpRequest request, string code)
    {
        var path = $"{request.PathBase}{PathPrefix}/{code.Replace('_', '-')}";
        return request.Host.HasValue ? $"{request.Scheme}://{request.Host}{path}" : path;
    }

    private static IEnumerable<ProblemType> Entries()
    {
        // 400
        yield return new(ProblemCodes.ValidationFailed, 400, "Invalid values",
            "One or more values in the request are invalid: `errors` names each field at fault by its JSON path (`schedule.endsAt`), with a message. " +
            "Correct those fields and send the request again.");
        yield return new(ProblemCodes.MalformedRequest, 400, "Malformed request",
            "The request could not be read: a required body is missing, or a route or query value has the wrong format (an id that is not a UUID, say). " +
            "Fix the request's form; sending it again unchanged will fail again.");
        yield return new(ProblemCodes.Error, 400, "Request refused",
            "A refusal for which the API has no more specific code; the answer's own status and `detail` say what went wrong. " +
            "Correct the request as the detail says before sending it again.");

        // 401, 403
        yield return new(ProblemCodes.Unauthorized, 401, "Authentication needed",
            "The endpoint needs credentials and the request had none, or an invalid, expired or revoked token or API key; `WWW-Authenticate` names the schemes. " +
            "Get a valid staff token (or use an API key where the endpoint accepts keys) and retry.");
        yield return new(ProblemCodes.Forbidden, 403, "Not allowed",
            "The credentials are valid but may not do this: the token's role (`editor`, `admin`) or the API key's scopes do not allow it. " +
            "Retrying will not help; use credentials with the role or scope the endpoint needs.");

        // 404, 405, 406, 408
        yield return new(ProblemCodes.NotFound, 404, "Not found",
            "Nothing is at this address: the id, slug or token is unknown (or not visible to these credentials), or the path does not exist. " +
            "Check the identifier and the path; retrying unchanged will not help.");
        yield return new(ProblemCodes.MethodNotAllowed, 405, "Method not allowed",
            "The path exists but does not take this HTTP method; `Allow` lists the methods it takes. Use one of those.");
        yield return new(ProblemCodes.NotAcceptable, 406, "Not acceptable",
            "The API cannot answer in any media type the request's `Accept` allows. Accept `application/json` (or `*/*`).");
        yield return new(ProblemCodes.RequestBodyTimeout, 408, "Request body too slow",
            "The request's body arrived too slowly and the server stopped waiting for it; nothing was done. Send the request again.");

        // 409: the state of the data does not allow the change.
        yield return new(ProblemCodes.Conflict, 409, "Conflict",
            "The change conflicts with data already stored: a value that must be unique is taken, or something referred to does not exist or is still referred to. " +
            "Read the resources involved again, adjust the request and retry.");
        yield return new("slug_taken", 409, "Slug taken",
            "Another resource of the same kind already has this slug (given, or made from the title). Choose another slug.");
        yield return new("invalid_transition", 409, "Transition not allowed",
            "The resource's current status does not allow this change (publishing a cancelled event, terminating a terminated MoU). " +
            "Read the resource again to see its status; only the transitions that status allows succeed.");
        yield return new("registration_closed", 409, "Registration closed",
            "Registration for this event is not open: not yet, no longer, or not through this API. Nothing was registered; check the event's `registration` window.");
        yield return new("event_full", 409, "Event full",
            "The event has no seat left and no waiting list, so nothing was registered. Retrying succeeds only if a seat is freed.");
        yield return new("already_registered", 409, "Already registered",
            "This email address already has a live registration for the event (in any letter case). " +
            "Manage that registration with its manage token instead of registering again.");
        yield return new("booths_full", 409, "Booths full",
            "Every exhibitor booth the event offers (its `registration.exhibitorBooths`) is held by an approved exhibitor, so the application stays pending; " +
            "the detail gives the number. Raise the number through the event's update, or wait until an exhibitor cancels, then approve again.");
        yield return new("registration_erased", 409, "Registration erased",
            "The registration's personal data was erased (on request or at the end of its retention period), so it can no longer be changed.");
        yield return new("event_not_deletable", 409, "Event cannot be deleted",
            "Only draft and cancelled events can be deleted. Cancel the event first, then delete it.");
        yield return new("delegation_not_deletable", 409, "Delegation cannot be deleted",
            "Only draft and cancelled delegations can be deleted. Cancel the delegation first, then delete it.");
        yield return new("mou_not_deletable", 409, "MoU cannot be deleted",
            "A published MoU is a public record and cannot be deleted; terminate it instead.");
        yield return new("digest_published", 409, "Digest published",
            "A published digest has been sent and can no longer be edited. Compose a new digest instead.");
        yield return new("digest_not_deletable", 409, "Digest cannot be deleted",
            "A published digest is a public record and cannot be deleted.");
        yield return new("delivery_not_dead_lettered", 409, "Delivery not dead-lettered",
            "Only a dead-lettered webhook delivery can be redelivered; this one is still pending or was delivered. " +
            "To send a past event again, redeliver the event instead.");
        yield return new("event_has_live_registrations", 409, "Event has live registrations",
            "An event with live (not cancelled or rejected) registrations cannot be deleted: its registrants would lose it. Keep it cancelled, or cancel the registrations first.");
        yield return new("item_not_draft", 409, "Not a draft",
            "Only a draft has a preview link: this item is already public, so share its public address instead.");
        yield return new("event_has_parts", 409, "Event has parts",
            "Other events are part of this event, so it cannot be deleted. Remove them from it (or delete them) first.");

        // 409: a deletion refused because something still refers to what would be deleted.
        yield return new("event_in_use", 409, "Event in use",
            "The event cannot be deleted while registrations, partnerships, API keys, delegations or MoUs refer to it. Remove those references first.");
        yield return new("delegation_in_use", 409, "Delegation in use",
            "The delegation cannot be deleted while an MoU refers to it. Remove that reference first.");
        yield return new("organisation_in_use", 409, "Organisation in use",
            "The organisation cannot be deleted while events, programmes, funding programmes, partnerships, delegations, MoUs or appointments refer to it; " +
            "the detail says which. Remove those references first.");
        yield return new("person_in_use", 409, "Person in use",
            "The person cannot be deleted while an event (as a speaker), a delegation or an MoU (as a signatory) refers to them. Remove those references first.");
        yield return new("programme_in_use", 409, "Programme in use",
            "The programme cannot be deleted while events or partnerships belong to it. Remove them from the programme first.");
        yield return new("event_series_in_use", 409, "Event series in use",
            "The series cannot be deleted while events or partnerships belong to it. Move them out of the series first.");
        yield return new("funding_programme_in_use", 409, "Funding programme in use",
            "The funding programme cannot be deleted while events are funded by it. Remove it from those events first.");

        // 412, 413, 415
        yield return new(ProblemCodes.PreconditionFailed, 412, "Changed since read",
            "The resource has changed since the version named in `If-Match` was read, or was changed by another request while this one ran. " +
            "Fetch it again, apply the change to the new version and retry with its ETag.");
        yield return new(ProblemCodes.PayloadTooLarge, 413, "Body too large",
            "The body is larger than this endpoint takes; the detail gives the limit. Send a smaller body (split a bulk upsert into several).");
        yield return new(ProblemCodes.UnsupportedMediaType, 415, "Unsupported media type",
            "The body must be JSON in UTF-8. Send it with `Content-Type: application/json` (no charset, or `charset=utf-8`).");

        // 410: an address that worked, and no longer does for good.
        yield return new("preview_link_expired", 410, "Preview link expired",
            "This preview link has expired. Ask the consortium's staff for a new one.");
        yield return new("preview_link_revoked", 410, "Preview link revoked",
            "This preview link was withdrawn by the consortium's staff.");
        yield return new("unsupported_image_type", 415, "Not an image the API takes",
            "The uploaded file is not a JPEG, PNG or WebP image, as its content shows (its name and declared type do not count). " +
            "Convert it to one of those formats and upload it again.");

        // 422: well-formed but refused as it stands.
        yield return new("image_dimensions_too_large", 422, "Image too large",
            "The uploaded image declares more than 100 megapixels, or a side over 20,000 pixels; it was refused before being decoded. " +
            "Scale it down (a few thousand pixels wide is plenty for the web) and upload it again.");
        yield return new("image_unreadable", 422, "Image unreadable",
            "The uploaded file starts as a JPEG, PNG or WebP image but cannot be decoded: it is truncated or damaged. Export it again and upload the new file.");
        yield return new("idempotency_key_reused", 422, "Idempotency key reused",
            "This `Idempotency-Key` was already used with a different request. Use a new key for a new request; the same key with the same body replays the first answer.");
        yield return new("check_in_wrong_event", 422, "Check-in code of another event",
            "The check-in code is a real one, but for another event than the one whose door it was scanned at; nobody was checked in. " +
            "Send the registrant to the right event: which one it is, the answer does not say.");
        yield return new("webhook_url_forbidden", 422, "Webhook address refused",
            "The webhook URL is refused because of where it points: it must be `https` and resolve only to public addresses " +
            "(no loopback, private, link-local, metadata, documentation, benchmarking or other special-use address, and no IPv6 form " +
            "that carries an IPv4 address: NAT64, 6to4, Teredo, IPv4-compatible or -translated). Use a publicly reachable HTTPS receiver.");

        // 429
        yield return new(ProblemCodes.RateLimited, 429, "Too many requests",
            "Too many requests from this client, API key or user (or for this event) in the current window. Wait the seconds given in `Retry-After`, then retry.");

        // 500, 503
        yield return new(ProblemCodes.InternalError, 500, "Internal error",
            "Something went wrong on the server, not in the request as far as it can tell. Quote the `traceId` when reporting it; a retry may or may not succeed.");
        yield return new(ProblemCodes.DatabaseUnavailable, 503, "Database unavailable",
            "The database cannot be reached at the moment. Retry after the seconds given in `Retry-After`.");
        yield return new(ProblemCodes.RequestTimeout, 503, "Request timed out",
            "The request took longer than the server allows (most likely because the database is slow) and was cancelled. Retry after the seconds given in `Retry-After`.");
    }
}
