using Scc.Domain.Common;

namespace Scc.Application.Translations;

/// <summary>A public item with bilingual texts that have one language and lack the other.</summary>
/// <param name="Type">event, eventSeries, delegation, mou, partnership, organisation, person, programme, fundingProgramme or digest.</param>
/// <param name="Title">The item's title or name (null for a partnership, which has none).</param>
/// <param name="Url">The item in the API.</param>
/// <param name="Fields">Each text lacking a language, by its place in the item's JSON.</param>
public sealed record MissingTranslations(string Type, Guid Id, string Slug, LocalizedText? Title, string Url, IReadOnlyList<MissingTranslation> Fields);

/// <summary>One bilingual text that lacks a language.</summary>
/// <param name="Field">Where the text is, as a path into the item: <c>summary</c>, <c>speakers[0].title</c>, <c>venue.name</c>.</param>
/// <param name="Missing">The language it lacks: en or zh-Hant.</param>
public sealed record MissingTranslation(string Field, string Missing);
