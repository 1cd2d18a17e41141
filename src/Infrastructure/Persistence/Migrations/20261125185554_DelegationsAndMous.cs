using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DelegationsAndMous : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "delegations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status_note = table.Column<string>(type: "jsonb", nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    title = table.Column<string>(type: "jsonb", nullable: false),
                    purpose = table.Column<string>(type: "jsonb", nullable: true),
                    topics = table.Column<string[]>(type: "text[]", nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: false),
                    destinations = table.Column<string>(type: "jsonb", nullable: false),
                    participants = table.Column<string>(type: "jsonb", nullable: false),
                    itinerary = table.Column<string>(type: "jsonb", nullable: false),
                    outcomes = table.Column<string>(type: "jsonb", nullable: false),
                    highlights = table.Column<string>(type: "jsonb", nullable: false),
                    related_event_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    country_codes = table.Column<string[]>(type: "text[]", nullable: false),
                    city_names = table.Column<string[]>(type: "text[]", nullable: false),
                    person_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    organisation_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_delegations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "mous",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    visibility = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    title = table.Column<string>(type: "jsonb", nullable: false),
                    purpose = table.Column<string>(type: "jsonb", nullable: true),
                    scope = table.Column<string>(type: "jsonb", nullable: true),
                    parties = table.Column<string>(type: "jsonb", nullable: false),
                    signed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    signed_at = table.Column<string>(type: "jsonb", nullable: true),
                    signed_at_event_id = table.Column<Guid>(type: "uuid", nullable: true),
                    delegation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    facilitator_organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: true),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: true),
                    terminated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    termination_note = table.Column<string>(type: "jsonb", nullable: true),
                    follow_up_event_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    follow_up_delegation_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    party_organisation_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mous", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_delegations_city_names",
                table: "delegations",
                column: "city_names")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_delegations_country_codes",
                table: "delegations",
                column: "country_codes")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_delegations_organisation_ids",
                table: "delegations",
                column: "organisation_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_delegations_person_ids",
                table: "delegations",
                column: "person_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_delegations_slug",
                table: "delegations",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_delegations_start_date_id",
                table: "delegations",
                columns: new[] { "start_date", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_mous_delegation_id",
                table: "mous",
                column: "delegation_id");

            migrationBuilder.CreateIndex(
                name: "ix_mous_party_organisation_ids",
                table: "mous",
                column: "party_organisation_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_mous_signed_on_id",
                table: "mous",
                columns: new[] { "signed_on", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_mous_slug",
                table: "mous",
                column: "slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "delegations");

            migrationBuilder.DropTable(
                name: "mous");
        }
    }
}
