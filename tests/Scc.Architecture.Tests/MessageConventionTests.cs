using System.Reflection;
using System.Runtime.CompilerServices;
using NetArchTest.Rules;

namespace Scc.Architecture.Tests;

public class MessageConventionTests
{
    private static IEnumerable<Type> OwnTypes() =>
        Layers.All.SelectMany(a => a.GetTypes()).Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false));

    private static List<Type> Messages() =>
        [.. OwnTypes().Where(t => !t.IsInterface && (t.Name.EndsWith("Command", StringComparison.Ordinal) || t.Name.EndsWith("Query", StringComparison.Ordinal)))];

    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null;

    [Fact]
    public void Handlers_AreSealed()
    {
        var handlers = Types.InAssemblies(Layers.All).That().HaveNameEndingWith("Handler").And().AreClasses();

        var result = handlers.Should().BeSealed().GetResult();

        Assert.Contains(handlers.GetTypes(), t => t.Name == "CreateEventHandler");
        Assert.True(result.IsSuccessful, "Handlers not sealed: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void CommandsAndQueries_AreRecords()
    {
        var messages = Messages();

        Assert.Contains(messages, t => t.Name == "CreateEventCommand");
        Assert.Contains(messages, t => t.Name == "ListEventsQuery");
        Assert.All(messages, t => Assert.True(IsRecord(t), $"{t.FullName} is not a record."));
    }

    [Fact]
    public void CommandsAndQueries_AreSealed()
    {
        var messages = Messages();

        Assert.NotEmpty(messages);
        Assert.All(messages, t => Assert.True(t.IsSealed, $"{t.FullName} is not sealed."));
    }

    /// <summary>The idempotency behaviour keeps and replays a <c>Result&lt;T&gt;</c>: any other answer could not be kept.</summary>
    [Fact]
    public void IdempotentCommands_AnswerAResultOfAValue()
    {
        var idempotent = Messages().Where(t => typeof(Scc.Application.Common.Idempotency.IIdempotentCommand).IsAssignableFrom(t)).ToList();

        Assert.Contains(idempotent, t => t.Name == "RegisterForEventCommand");
        Assert.All(idempotent, t =>
        {
            var response = t.GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(Mediator.ICommand<>)).GetGenericArguments()[0];
            Assert.True(response.IsGenericType && response.GetGenericTypeDefinition() == typeof(Scc.Domain.Common.Result<>),
                $"{t.FullName} answers {response.Name}, not a Result<T>.");
        });
    }

    [Fact]
    public void IsRecord_TellsRecordsFromClasses()
    {
        Assert.True(IsRecord(typeof(Scc.Domain.Events.Venue)));
        Assert.False(IsRecord(typeof(Scc.Domain.Events.Event)));
    }
}
