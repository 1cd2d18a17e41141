using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scc.Domain.Registrations;
using Scc.Infrastructure.Email;

namespace Scc.Infrastructure.Persistence.Configurations;

internal sealed class SentReminderConfiguration : IEntityTypeConfiguration<SentReminder>
{
    public void Configure(EntityTypeBuilder<SentReminder> builder)
    {
        builder.ToTable("sent_reminders");
        builder.HasKey(r => new { r.RegistrationId, r.MinutesBefore });
        // An erased or deleted registration's reminders go with it.
        builder.HasOne<Registration>().WithMany().HasForeignKey(r => r.RegistrationId).OnDelete(DeleteBehavior.Cascade);
    }
}
