using Scc.Domain.Common;
using Scc.Domain.Delegations;
using Scc.Domain.Events;
using Scc.Domain.Mous;
using Scc.Domain.Organisations;
using Scc.Domain.Partnerships;

namespace Scc.Infrastructure.Persistence.Seed;

/// <summary>The shape of directory-2023-q3.json: records refer to each other by slug.</summary>
internal sealed record DirectorySeedFile(
    IReadOnlyList<OrganisationSeed> Organisations,
    IReadOnlyList<PersonSeed> People,
    IReadOnlyList<FundingProgrammeSeed> FundingProgrammes,
    IReadOnlyList<ProgrammeSeed> Programmes,
    IReadOnlyList<EventLinkSeed> EventLinks,
    IReadOnlyList<DelegationSeed> Delegations,
    IReadOnlyList<MouSeed> Mous,
    IReadOnlyList<PartnershipSeed> Partnerships);

internal sealed record OrganisationSeed(string Slug, string? Acronym, LocalizedText Name, OrganisationKind Kind, string? CountryCode, LocalizedText? Description = null);

internal sealed record PersonSeed(string Slug, LocalizedText Name, string? Honorific, IReadOnlyList<AppointmentSeed> Appointments);

internal sealed record AppointmentSeed(LocalizedText Title, string? OrganisationSlug, DateOnly? From, DateOnly? To);

internal sealed record FundingProgrammeSeed(string Slug, string? Acronym, LocalizedText Name, string? FunderSlug, LocalizedText Disclaimer);

internal sealed record ProgrammeSeed(string Slug, LocalizedText Name, LocalizedText? Description, IReadOnlyList<OrganisationRoleSeed> Organisations);

internal sealed record OrganisationRoleSeed(string OrganisationSlug, OrganisationRole Role);

internal sealed record EventLinkSeed(string EventSlug, IReadOnlyList<OrganisationRoleSeed> Organisations, IReadOnlyList<string> FundingProgrammeSlugs, string? ProgrammeSlug);

internal sealed record PartnershipSeed(
    string Slug, string OrganisationSlug, OrganisationRole SccRole, OrganisationRole? PartnerRole, PartnershipScopeSeed Scope,
    DateOnly? StartDate, DateOnly? EndDate, PartnerContact? Contact, LocalizedText? Notes);

internal sealed record PartnershipScopeSeed(PartnershipScopeKind Kind, string? EventSlug, string? SeriesSlug, string? ProgrammeSlug);

internal sealed record DelegationSeed(
    string Slug, string Status, LocalizedText Title, LocalizedText? Purpose, IReadOnlyList<string> Topics, string TimeZone,
    DateOnly StartDate, DateOnly EndDate, IReadOnlyList<Destination> Destinations, IReadOnlyList<ParticipantSeed> Participants,
    IReadOnlyList<ItinerarySeed> Itinerary, IReadOnlyList<Outcome> Outcomes, IReadOnlyList<LocalizedText> Highlights,
    IReadOnlyList<string> RelatedEventSlugs);

internal sealed record ParticipantSeed(string? PersonSlug, string? OrganisationSlug, ParticipantRole Role, LocalizedText? Group);

internal sealed record ItinerarySeed(DateOnly? Date, LocalizedText Place, string? HostOrganisationSlug, LocalizedText? Note);

internal sealed record MouSeed(
    string Slug, string Status, LocalizedText Title, LocalizedText? Purpose, LocalizedText? Scope, IReadOnlyList<MouPartySeed> Parties,
    DateOnly SignedOn, SigningPlace? SignedAt, string? SignedAtEventSlug, string? DelegationSlug, string? FacilitatorSlug,
    DateOnly? EffectiveFrom, DateOnly? ExpiresOn, IReadOnlyList<string> FollowUpEventSlugs, IReadOnlyList<string> FollowUpDelegationSlugs);

internal sealed record MouPartySeed(string OrganisationSlug, SignatorySeed? Signatory);

internal sealed record SignatorySeed(string? PersonSlug, LocalizedText? Title);
