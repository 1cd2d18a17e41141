using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DropPlainTextWebhookSecrets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The secrets are encrypted by the migrate step (dotnet Scc.Api.dll migrate), between the previous migration
            // and this one, because that needs the data protection key ring. Applied any other way with a secret still
            // in plain text, this stops rather than drop it.
            migrationBuilder.Sql("""
                DO $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM webhook_subscriptions WHERE protected_secret IS NULL) THEN
                        RAISE EXCEPTION 'Webhook signing secrets are still stored in plain text: apply the migrations with "dotnet Scc.Api.dll migrate", which encrypts them first.';
                    END IF;
                END $$;
                """);

            migrationBuilder.DropColumn(
                name: "secret",
                table: "webhook_subscriptions");

            migrationBuilder.AlterColumn<string>(
                name: "protected_secret",
                table: "webhook_subscriptions",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(1000)",
                oldMaxLength: 1000,
                oldNullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "protected_secret",
                table: "webhook_subscriptions",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(1000)",
                oldMaxLength: 1000);

            migrationBuilder.AddColumn<string>(
                name: "secret",
                table: "webhook_subscriptions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }
    }
}
