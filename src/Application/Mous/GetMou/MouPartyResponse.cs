using Scc.Application.Common.Lookups;
using Scc.Domain.Common;
using Scc.Domain.Mous;

namespace Scc.Application.Mous.GetMou;

/// <summary>A party with its organisation's name and who signed for it.</summary>
public sealed record MouPartyResponse
{
    public required Guid OrganisationId { get; init; }

    public LocalizedText? Name { get; init; }

    public string? Acronym { get; init; }

    public SignatoryResponse? Signatory { get; init; }

    /// <summary>Describes <paramref name="party"/> from the directory; titles are those held on <paramref name="signedOn"/>.</summary>
    public static MouPartyResponse From(MouParty party, DateOnly signedOn, DirectoryEntries directory)
    {
        var organisation = directory.Organisation(party.OrganisationId);
        var person = directory.Person(party.Signatory?.PersonId);
        return new MouPartyResponse
        {
            OrganisationId = party.OrganisationId,
            Name = organisation?.Name,
            Acronym = organisation?.Acronym,
            Signatory = party.Signatory is not { } signatory ? null : new SignatoryResponse
            {
                PersonId = signatory.PersonId,
                Name = signatory.Name ?? person?.Name,
                Honorific = person?.Honorific,
                Title = signatory.Title ?? (person?.AppointmentsOn(signedOn) is { Count: > 0 } held ? held[0].Title : null),
            },
        };
    }
}
