using FluentValidation;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Scc.Application.Common.Behaviours;
using Scc.Application.Common.Mapping;
using Scc.Application.Digests;
using Scc.Application.Registrations.RegisterForEvent;

namespace Scc.Application;

public static class DependencyInjection
{
    /// <summary>The use cases: the mediator with its pipeline, the validators, the mappings and the submission batches.</summary>
    /// <param name="consortiumSlug">The organisation whose activities the digests report (<c>Digests:ConsortiumSlug</c>).</param>
    public static IServiceCollection AddApplication(this IServiceCollection services, string? consortiumSlug)
    {
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors = [typeof(LoggingBehaviour<,>), typeof(ValidationBehaviour<,>), typeof(FeedCacheEvictionBehaviour<,>)];
        });
        // Validators hold no state and build their rules in the constructor: once per process, not per request.
        services.AddValidatorsFromAssemblyContaining<SubmissionBatches>(ServiceLifetime.Singleton);
        services.AddSingleton(MappingConfig.Create());
        services.AddSingleton<SubmissionBatches>();
        services.AddSingleton(new DigestSettings(consortiumSlug ?? DigestSettings.DefaultConsortiumSlug));
        return services;
    }
}
