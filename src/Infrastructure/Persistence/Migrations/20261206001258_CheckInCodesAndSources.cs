using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CheckInCodesAndSources : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every registration gets its own check-in code (ADR 18): "ci_" and 16 random bytes as base64url, like
            // CheckInCodes.New. The bytes come from gen_random_uuid (built in, strong randomness; pgcrypto is not needed),
            // taking only the bytes of a version 4 UUID that carry no version or variant bits: 6 + 7 + 3 of three UUIDs.
            // A volatile default is computed for each existing row while the table is rewritten, and fires no trigger, so
            // the changes feed does not show every registration as changed; the default is then dropped, as the model has none.
            migrationBuilder.Sql("""
                ALTER TABLE registrations ADD COLUMN check_in_code character varying(100) NOT NULL DEFAULT (
                    'ci_' || translate(encode(
                        substring(uuid_send(gen_random_uuid()) FROM 1 FOR 6) ||
                        substring(uuid_send(gen_random_uuid()) FROM 10 FOR 7) ||
                        substring(uuid_send(gen_random_uuid()) FROM 1 FOR 3), 'base64'), '+/=', '-_'));
                ALTER TABLE registrations ALTER COLUMN check_in_code DROP DEFAULT;
                """);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "checked_in_at",
                table: "registrations",
                type: "timestamp with time zone",
                nullable: true);

            // Registrations made before sources were recorded: an integration's carry its reference, the others were
            // submissions, taken as the public's. The changes feed carries no source, so the backfill is no change to it.
            migrationBuilder.Sql("""
                ALTER TABLE registrations ADD COLUMN source character varying(20) NOT NULL DEFAULT 'Public';
                ALTER TABLE registrations ALTER COLUMN source DROP DEFAULT;
                ALTER TABLE registrations DISABLE TRIGGER registrations_record_change;
                UPDATE registrations SET source = 'Integration' WHERE external_reference IS NOT NULL;
                ALTER TABLE registrations ENABLE TRIGGER registrations_record_change;
                """);

            migrationBuilder.CreateIndex(
                name: "ux_registrations_check_in_code",
                table: "registrations",
                column: "check_in_code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_registrations_check_in_code",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "check_in_code",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "checked_in_at",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "source",
                table: "registrations");
        }
    }
}
