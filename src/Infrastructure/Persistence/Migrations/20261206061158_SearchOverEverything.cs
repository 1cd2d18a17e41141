using Microsoft.EntityFrameworkCore.Migrations;
using Scc.Infrastructure.Persistence.Configurations;

#nullable disable

namespace Scc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SearchOverEverything : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The generated search_grams columns call it, so it comes first (ADR 22).
            migrationBuilder.Sql(SearchColumns.Function);

            migrationBuilder.AddColumn<string[]>(
                name: "search_grams",
                table: "programmes",
                type: "text[]",
                nullable: true,
                computedColumnSql: "scc_search_grams(lower(coalesce(name->>'en', '') || ' ' || coalesce(name->>'zh-Hant', '') || ' ' || coalesce(description->>'en', '') || ' ' || coalesce(description->>'zh-Hant', '') || ' ' || slug))",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "programmes",
                type: "text",
                nullable: true,
                computedColumnSql: "lower(coalesce(name->>'en', '') || ' ' || coalesce(name->>'zh-Hant', '') || ' ' || coalesce(description->>'en', '') || ' ' || coalesce(description->>'zh-Hant', '') || ' ' || slug)",
                stored: true);

            migrationBuilder.AddColumn<string[]>(
                name: "search_grams",
                table: "people",
                type: "text[]",
                nullable: true,
                computedColumnSql: "scc_search_grams(lower(coalesce(name->>'en', '') || ' ' || coalesce(name->>'zh-Hant', '')))",
                stored: true);

            migrationBuilder.AddColumn<string[]>(
                name: "search_grams",
                table: "partnerships",
                type: "text[]",
                nullable: true,
                computedColumnSql: "scc_search_grams(lower(coalesce(notes->>'en', '') || ' ' || coalesce(notes->>'zh-Hant', '') || ' ' || slug))",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "partnerships",
                type: "text",
                nullable: true,
                computedColumnSql: "lower(coalesce(notes->>'en', '') || ' ' || coalesce(notes->>'zh-Hant', '') || ' ' || slug)",
                stored: true);

            migrationBuilder.AddColumn<string[]>(
                name: "search_grams",
                table: "organisations",
                type: "text[]",
                nullable: true,
                computedColumnSql: "scc_search_grams(lower(coalesce(acronym, '') || ' ' || coalesce(name->>'en', '') || ' ' || coalesce(name->>'zh-Hant', '')))",
                stored: true);

            migrationBuilder.AddColumn<string[]>(
                name: "search_grams",
                table: "mous",
                type: "text[]",
                nullable: true,
                computedColumnSql: "scc_search_grams(lower(coalesce(title->>'en', '') || ' ' || coalesce(title->>'zh-Hant', '') || ' ' || coalesce(purpose->>'en', '') || ' ' || coalesce(purpose->>'zh-Hant', '') || ' ' || slug))",
                stored: true);

            migrationBuilder.AddColumn<string[]>(
                name: "search_grams",
                table: "funding_programmes",
                type: "text[]",
                nullable: true,
                computedColumnSql: "scc_search_grams(lower(coalesce(name->>'en', '') || ' ' || coalesce(name->>'zh-Hant', '') || ' ' || coalesce(acronym, '')))",
                stored: true);

            migrationBuilder.AddColumn<string[]>(
                name: "search_grams",
                table: "events",
                type: "text[]",
                nullable: true,
                computedColumnSql: "scc_search_grams(lower(coalesce(title->>'en', '') || ' ' || coalesce(title->>'zh-Hant', '') || ' ' || coalesce(summary->>'en', '') || ' ' || coalesce(summary->>'zh-Hant', '') || ' ' || slug))",
                stored: true);

            migrationBuilder.AddColumn<string[]>(
                name: "search_grams",
                table: "event_series",
                type: "text[]",
                nullable: true,
                computedColumnSql: "scc_search_grams(lower(coalesce(title->>'en', '') || ' ' || coalesce(title->>'zh-Hant', '') || ' ' || coalesce(description->>'en', '') || ' ' || coalesce(description->>'zh-Hant', '') || ' ' || slug))",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "event_series",
                type: "text",
                nullable: true,
                computedColumnSql: "lower(coalesce(title->>'en', '') || ' ' || coalesce(title->>'zh-Hant', '') || ' ' || coalesce(description->>'en', '') || ' ' || coalesce(description->>'zh-Hant', '') || ' ' || slug)",
                stored: true);

            migrationBuilder.AddColumn<string[]>(
                name: "search_grams",
                table: "digests",
                type: "text[]",
                nullable: true,
                computedColumnSql: "scc_search_grams(lower(coalesce(title->>'en', '') || ' ' || coalesce(title->>'zh-Hant', '') || ' ' || coalesce(introduction->>'en', '') || ' ' || coalesce(introduction->>'zh-Hant', '') || ' ' || slug))",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "digests",
                type: "text",
                nullable: true,
                computedColumnSql: "lower(coalesce(title->>'en', '') || ' ' || coalesce(title->>'zh-Hant', '') || ' ' || coalesce(introduction->>'en', '') || ' ' || coalesce(introduction->>'zh-Hant', '') || ' ' || slug)",
                stored: true);

            migrationBuilder.AddColumn<string[]>(
                name: "search_grams",
                table: "delegations",
                type: "text[]",
                nullable: true,
                computedColumnSql: "scc_search_grams(lower(coalesce(title->>'en', '') || ' ' || coalesce(title->>'zh-Hant', '') || ' ' || coalesce(purpose->>'en', '') || ' ' || coalesce(purpose->>'zh-Hant', '') || ' ' || slug))",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_programmes_search_grams",
                table: "programmes",
                column: "search_grams")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_programmes_search_text",
                table: "programmes",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_people_search_grams",
                table: "people",
                column: "search_grams")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_partnerships_search_grams",
                table: "partnerships",
                column: "search_grams")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_partnerships_search_text",
                table: "partnerships",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_organisations_search_grams",
                table: "organisations",
                column: "search_grams")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_mous_search_grams",
                table: "mous",
                column: "search_grams")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_funding_programmes_search_grams",
                table: "funding_programmes",
                column: "search_grams")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_funding_programmes_search_text",
                table: "funding_programmes",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_events_search_grams",
                table: "events",
                column: "search_grams")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_event_series_search_grams",
                table: "event_series",
                column: "search_grams")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_event_series_search_text",
                table: "event_series",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_digests_search_grams",
                table: "digests",
                column: "search_grams")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_digests_search_text",
                table: "digests",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_delegations_search_grams",
                table: "delegations",
                column: "search_grams")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_programmes_search_grams",
                table: "programmes");

            migrationBuilder.DropIndex(
                name: "ix_programmes_search_text",
                table: "programmes");

            migrationBuilder.DropIndex(
                name: "ix_people_search_grams",
                table: "people");

            migrationBuilder.DropIndex(
                name: "ix_partnerships_search_grams",
                table: "partnerships");

            migrationBuilder.DropIndex(
                name: "ix_partnerships_search_text",
                table: "partnerships");

            migrationBuilder.DropIndex(
                name: "ix_organisations_search_grams",
                table: "organisations");

            migrationBuilder.DropIndex(
                name: "ix_mous_search_grams",
                table: "mous");

            migrationBuilder.DropIndex(
                name: "ix_funding_programmes_search_grams",
                table: "funding_programmes");

            migrationBuilder.DropIndex(
                name: "ix_funding_programmes_search_text",
                table: "funding_programmes");

            migrationBuilder.DropIndex(
                name: "ix_events_search_grams",
                table: "events");

            migrationBuilder.DropIndex(
                name: "ix_event_series_search_grams",
                table: "event_series");

            migrationBuilder.DropIndex(
                name: "ix_event_series_search_text",
                table: "event_series");

            migrationBuilder.DropIndex(
                name: "ix_digests_search_grams",
                table: "digests");

            migrationBuilder.DropIndex(
                name: "ix_digests_search_text",
                table: "digests");

            migrationBuilder.DropIndex(
                name: "ix_delegations_search_grams",
                table: "delegations");

            migrationBuilder.DropColumn(
                name: "search_grams",
                table: "programmes");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "programmes");

            migrationBuilder.DropColumn(
                name: "search_grams",
                table: "people");

            migrationBuilder.DropColumn(
                name: "search_grams",
                table: "partnerships");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "partnerships");

            migrationBuilder.DropColumn(
                name: "search_grams",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "search_grams",
                table: "mous");

            migrationBuilder.DropColumn(
                name: "search_grams",
                table: "funding_programmes");

            migrationBuilder.DropColumn(
                name: "search_grams",
                table: "events");

            migrationBuilder.DropColumn(
                name: "search_grams",
                table: "event_series");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "event_series");

            migrationBuilder.DropColumn(
                name: "search_grams",
                table: "digests");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "digests");

            migrationBuilder.DropColumn(
                name: "search_grams",
                table: "delegations");

            migrationBuilder.Sql($"DROP FUNCTION IF EXISTS {SearchColumns.GramsFunction}(text);");
        }
    }
}
