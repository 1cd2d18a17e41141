using FluentValidation;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Scc.Application.Common.Behaviours;
using Scc.Application.Common.Mapping;
using Scc.Application.Digests;
using Scc.Application.Registrations;
using Scc.Application.Registrations.RegisterForEvent;

namespace Scc.Application;

public static class DependencyInjection
{
    /// <summary>The use cases: the mediator with its pipeline, the validators, the mappings, and the registrations' write side.</summary>
    /// <param name="consortiumSlug">The organisation whose activities the digests report (<c>Digests:ConsortiumSlug</c>).</param>
    public static IServiceCollection AddApplication(this IServiceCollection services, string? consortiumSlug)
    {
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            // In this order, outermost first: the feeds' cache is evicted after the transaction commits, and an
            // Idempotency-Key is claimed and its answer kept inside the transaction of the work it answers.
            options.PipelineBehaviors =
            [
                typeof(LoggingBehaviour<,>), typeof(ValidationBehaviour<,>), typeof(FeedCacheEvictionBehaviour<,>),
                typeof(TransactionBehaviour<,>), typeof(IdempotencyBehaviour<,>),
            ];
        });
        // Validators hold no state and build their rules in the constructor: once per process, not per request.
        services.AddValidatorsFromAssemblyContaining<RegisterForEventHandler>(ServiceLifetime.Singleton);
        services.AddSingleton(MappingConfig.Create());
        services.AddScoped<EventRegistrations>();
        // Scoped: each request's own address, for the absolute links in its answers.
        services.AddScoped<Common.PublicAddress>();
        // Scoped: whether this request's reads may come from the replica (set by the API, read where connections open).
        services.AddScoped<Common.ReadSource>();
        services.AddSingleton(new DigestSettings(consortiumSlug ?? DigestSettings.DefaultConsortiumSlug));
        return services;
    }
}
