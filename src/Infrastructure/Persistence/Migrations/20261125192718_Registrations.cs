using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Registrations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "registrations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    waitlist_position = table.Column<int>(type: "integer", nullable: true),
                    registrant_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    registrant_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    registrant_phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    registrant_company = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    email_key = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    exhibitor = table.Column<string>(type: "jsonb", nullable: true),
                    consent = table.Column<string>(type: "jsonb", nullable: false),
                    manage_token_hash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registrations", x => x.id);
                    table.ForeignKey(
                        name: "fk_registrations_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_registrations_event_id_status",
                table: "registrations",
                columns: new[] { "event_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_registrations_manage_token_hash",
                table: "registrations",
                column: "manage_token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_registrations_event_id_email_key_live",
                table: "registrations",
                columns: new[] { "event_id", "email_key" },
                unique: true,
                filter: "status NOT IN ('Cancelled', 'Rejected')");

            migrationBuilder.CreateIndex(
                name: "ux_registrations_event_id_waitlist_position",
                table: "registrations",
                columns: new[] { "event_id", "waitlist_position" },
                unique: true,
                filter: "waitlist_position IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registrations");
        }
    }
}
