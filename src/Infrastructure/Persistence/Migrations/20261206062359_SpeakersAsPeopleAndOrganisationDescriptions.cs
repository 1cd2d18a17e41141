using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SpeakersAsPeopleAndOrganisationDescriptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "description",
                table: "organisations",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<Guid[]>(
                name: "person_ids",
                table: "events",
                type: "uuid[]",
                nullable: false,
                defaultValue: new Guid[0]);

            migrationBuilder.CreateIndex(
                name: "ix_events_person_ids",
                table: "events",
                column: "person_ids")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_events_person_ids",
                table: "events");

            migrationBuilder.DropColumn(
                name: "description",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "person_ids",
                table: "events");
        }
    }
}
