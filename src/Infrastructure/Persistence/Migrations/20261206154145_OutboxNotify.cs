using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OutboxNotify : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Not part of the model: wakes the outbox dispatchers (OutboxListener) when rows are written, in whatever way
            // (a save, a bulk insert, raw SQL). Once per statement, not per row; PostgreSQL sends the notice when the
            // transaction commits and folds repeats within one transaction into one.
            migrationBuilder.Sql("""
                CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('scc_outbox', '');
                    RETURN NULL;
                END $$;
                CREATE TRIGGER outbox_messages_notify AFTER INSERT ON outbox_messages
                    FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify();
                CREATE TRIGGER webhook_deliveries_notify AFTER INSERT ON webhook_deliveries
                    FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER webhook_deliveries_notify ON webhook_deliveries;
                DROP TRIGGER outbox_messages_notify ON outbox_messages;
                DROP FUNCTION outbox_notify();
                """);
        }
    }
}
