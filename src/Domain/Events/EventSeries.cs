using Scc.Domain.Common;

namespace Scc.Domain.Events;

/// <summary>Events that belong together as numbered sessions (the four Data Analytics Trainings).</summary>
public sealed class EventSeries : Entity
{
    private EventSeries(Guid id, string slug, LocalizedText title, LocalizedText? description) : base(id)
    {
        Slug = slug;
        Title = title;
        Description = description;
    }

    public string Slug { get; private set; }

    public LocalizedText Title { get; private set; }

    public LocalizedText? Description { get; private set; }

    public static EventSeries Create(Guid id, string slug, LocalizedText title, LocalizedText? description) =>
        new(id, slug, title, description);

    public void Update(string slug, LocalizedText title, LocalizedText? description)
    {
        Slug = slug;
        Title = title;
        Description = description;
    }
}
