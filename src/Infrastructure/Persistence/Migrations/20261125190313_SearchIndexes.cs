using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "mous",
                type: "text",
                nullable: true,
                computedColumnSql: "lower(coalesce(title->>'en', '') || ' ' || coalesce(title->>'zh-Hant', '') || ' ' || coalesce(purpose->>'en', '') || ' ' || coalesce(purpose->>'zh-Hant', '') || ' ' || slug)",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "delegations",
                type: "text",
                nullable: true,
                computedColumnSql: "lower(coalesce(title->>'en', '') || ' ' || coalesce(title->>'zh-Hant', '') || ' ' || coalesce(purpose->>'en', '') || ' ' || coalesce(purpose->>'zh-Hant', '') || ' ' || slug)",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_people_search_text",
                table: "people",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_organisations_search_text",
                table: "organisations",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_mous_search_text",
                table: "mous",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_events_search_text",
                table: "events",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_delegations_search_text",
                table: "delegations",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_people_search_text",
                table: "people");

            migrationBuilder.DropIndex(
                name: "ix_organisations_search_text",
                table: "organisations");

            migrationBuilder.DropIndex(
                name: "ix_mous_search_text",
                table: "mous");

            migrationBuilder.DropIndex(
                name: "ix_events_search_text",
                table: "events");

            migrationBuilder.DropIndex(
                name: "ix_delegations_search_text",
                table: "delegations");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "mous");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "delegations");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
