using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DirectorySearch : Migration
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
