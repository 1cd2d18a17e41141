using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RegistrantJourneyEmails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "protected_manage_token",
                table: "registrations",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "calendar_sequence",
                table: "events",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "sent_reminders",
                columns: table => new
                {
                    registration_id = table.Column<Guid>(type: "uuid", nullable: false),
                    minutes_before = table.Column<int>(type: "integer", nullable: false),
                    queued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sent_reminders", x => new { x.registration_id, x.minutes_before });
                    table.ForeignKey(
                        name: "fk_sent_reminders_registrations_registration_id",
                        column: x => x.registration_id,
                        principalTable: "registrations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_registrations_email_key",
                table: "registrations",
                column: "email_key");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sent_reminders");

            migrationBuilder.DropIndex(
                name: "ix_registrations_email_key",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "protected_manage_token",
                table: "registrations");

            migrationBuilder.DropColumn(
                name: "calendar_sequence",
                table: "events");
        }
    }
}
