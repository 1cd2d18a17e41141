using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SearchColumnsAndPartnerships : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "appointment_organisation_ids",
                table: "people",
                type: "text",
                nullable: true,
                computedColumnSql: "jsonb_path_query_array(appointments, '$[*].organisationId')::text",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "people",
                type: "text",
                nullable: true,
                computedColumnSql: "lower(coalesce(name->>'en', '') || ' ' || coalesce(name->>'zh-Hant', ''))",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "funding_programmes",
                type: "text",
                nullable: true,
                computedColumnSql: "lower(coalesce(name->>'en', '') || ' ' || coalesce(name->>'zh-Hant', '') || ' ' || coalesce(acronym, ''))",
                stored: true);

            migrationBuilder.CreateTable(
                name: "partnerships",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    scc_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    partner_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    scope_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: true),
                    series_id = table.Column<Guid>(type: "uuid", nullable: true),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: true),
                    start_date = table.Column<DateOnly>(type: "date", nullable: true),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    contact = table.Column<string>(type: "jsonb", nullable: true),
                    notes = table.Column<string>(type: "jsonb", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partnerships", x => x.id);
                    table.ForeignKey(
                        name: "fk_partnerships_event_series_series_id",
                        column: x => x.series_id,
                        principalTable: "event_series",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_partnerships_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_partnerships_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_partnerships_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_partnerships_event_id",
                table: "partnerships",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "ix_partnerships_organisation_id_scc_role",
                table: "partnerships",
                columns: new[] { "organisation_id", "scc_role" });

            migrationBuilder.CreateIndex(
                name: "ix_partnerships_programme_id",
                table: "partnerships",
                column: "programme_id");

            migrationBuilder.CreateIndex(
                name: "ix_partnerships_series_id",
                table: "partnerships",
                column: "series_id");

            migrationBuilder.CreateIndex(
                name: "ix_partnerships_slug",
                table: "partnerships",
                column: "slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "partnerships");

            migrationBuilder.DropColumn(
                name: "appointment_organisation_ids",
                table: "people");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "people");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "funding_programmes");
        }
    }
}
