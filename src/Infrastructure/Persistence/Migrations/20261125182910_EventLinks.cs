using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class EventLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "programme_id",
                table: "events",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "organisations",
                type: "text",
                nullable: true,
                computedColumnSql: "lower(coalesce(acronym, '') || ' ' || coalesce(name->>'en', '') || ' ' || coalesce(name->>'zh-Hant', ''))",
                stored: true);

            migrationBuilder.CreateTable(
                name: "event_funding_programmes",
                columns: table => new
                {
                    funding_programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_funding_programmes", x => new { x.event_id, x.funding_programme_id });
                    table.ForeignKey(
                        name: "fk_event_funding_programmes_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_event_funding_programmes_funding_programmes_funding_program",
                        column: x => x.funding_programme_id,
                        principalTable: "funding_programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "event_organisations",
                columns: table => new
                {
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_organisations", x => new { x.event_id, x.organisation_id, x.role });
                    table.ForeignKey(
                        name: "fk_event_organisations_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_event_organisations_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_events_programme_id",
                table: "events",
                column: "programme_id");

            migrationBuilder.CreateIndex(
                name: "ix_event_funding_programmes_funding_programme_id",
                table: "event_funding_programmes",
                column: "funding_programme_id");

            migrationBuilder.CreateIndex(
                name: "ix_event_organisations_organisation_id_role",
                table: "event_organisations",
                columns: new[] { "organisation_id", "role" });

            migrationBuilder.AddForeignKey(
                name: "fk_events_programmes_programme_id",
                table: "events",
                column: "programme_id",
                principalTable: "programmes",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_events_programmes_programme_id",
                table: "events");

            migrationBuilder.DropTable(
                name: "event_funding_programmes");

            migrationBuilder.DropTable(
                name: "event_organisations");

            migrationBuilder.DropIndex(
                name: "ix_events_programme_id",
                table: "events");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "programme_id",
                table: "events");
        }
    }
}
