using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.People.GetPerson;

/// <summary>One person; <paramref name="On"/> (yyyy-MM-dd) asks for the titles held on that day as well.</summary>
public sealed record GetPersonQuery(Guid Id, string? On = null) : IQuery<Result<PersonResponse>>;
