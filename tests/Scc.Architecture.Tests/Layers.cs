using System.Reflection;
using Scc.Application.Events;
using Scc.Domain.Events;

namespace Scc.Architecture.Tests;

internal static class Layers
{
    public const string DomainNamespace = "Scc.Domain";
    public const string ApplicationNamespace = "Scc.Application";
    public const string InfrastructureNamespace = "Scc.Infrastructure";
    public const string ApiNamespace = "Scc.Api";

    public static Assembly Domain { get; } = typeof(Event).Assembly;

    public static Assembly Application { get; } = typeof(EventBody).Assembly;

    public static Assembly Infrastructure { get; } = typeof(Scc.Infrastructure.DependencyInjection).Assembly;

    public static Assembly Api { get; } = typeof(Program).Assembly;

    public static IReadOnlyList<Assembly> All { get; } = [Domain, Application, Infrastructure, Api];
}
