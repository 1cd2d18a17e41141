using Scc.Domain.Common;

namespace Scc.Domain.People;

/// <summary>A speaker, leader, signatory or judge; titles change over time, so they are dated appointments.</summary>
public sealed class Person : TrashableEntity, IHasUploadedImage
{
    private Person(Guid id, string slug) : base(id) => Slug = slug;

    public string Slug { get; private set; }

    public LocalizedText Name { get; private set; } = null!;

    /// <summary>As the person is addressed: "Hon", "Dr Hon", "Prof Hon", "H.E.", "Dr", "Mr"...</summary>
    public string? Honorific { get; private set; }

    public IReadOnlyList<Appointment> Appointments { get; private set; } = [];

    /// <summary>The portrait uploaded for the person, in renditions the API serves.</summary>
    public UploadedImage? Portrait { get; private set; }

    UploadedImage? IHasUploadedImage.UploadedImage => Portrait;

    void IHasUploadedImage.ReplaceUploadedImage(UploadedImage? image) => Portrait = image;

    public static Result<Person> Create(Guid id, string slug, LocalizedText name, string? honorific, IReadOnlyList<Appointment> appointments)
    {
        var person = new Person(id, slug);
        var updated = person.Update(slug, name, honorific, appointments);
        return updated.IsSuccess ? person : updated.Error!;
    }

    public Result Update(string slug, LocalizedText name, string? honorific, IReadOnlyList<Appointment> appointments)
    {
        for (var i = 0; i < appointments.Count; i++)
        {
            if (appointments[i] is { From: { } from, To: { } to } && to < from)
                return Error.Invalid($"appointments[{i}].to", "An appointment cannot end before it starts.");
        }
        Slug = slug;
        Name = name;
        Honorific = string.IsNullOrWhiteSpace(honorific) ? null : honorific.Trim();
        Appointments = [.. appointments];
        return Result.Success();
    }

    /// <summary>
    /// The titles valid on <paramref name="date"/>, most recently started first; a person may hold several
    /// (Founder and Honorary President of SCC while a Legislative Council member).
    /// </summary>
    public IReadOnlyList<Appointment> AppointmentsOn(DateOnly date) => AppointmentHistory.On(Appointments, date);
}
