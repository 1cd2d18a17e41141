using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Trash : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "programmes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "programmes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "people",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "people",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "partnerships",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "partnerships",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "organisations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "organisations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "mous",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "mous",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "events",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "events",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "digests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "digests",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "delegations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "delegations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_programmes_deleted_at",
                table: "programmes",
                column: "deleted_at",
                filter: "deleted_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_people_deleted_at",
                table: "people",
                column: "deleted_at",
                filter: "deleted_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_partnerships_deleted_at",
                table: "partnerships",
                column: "deleted_at",
                filter: "deleted_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_deleted_at",
                table: "organisations",
                column: "deleted_at",
                filter: "deleted_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_mous_deleted_at",
                table: "mous",
                column: "deleted_at",
                filter: "deleted_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_events_deleted_at",
                table: "events",
                column: "deleted_at",
                filter: "deleted_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_digests_deleted_at",
                table: "digests",
                column: "deleted_at",
                filter: "deleted_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_delegations_deleted_at",
                table: "delegations",
                column: "deleted_at",
                filter: "deleted_at IS NOT NULL");

            // The changes feed's triggers learn the trash: a trashed row is not public; trashing reads as a deletion, restoring as a creation.
            migrationBuilder.Sql(ContentChangeTrigger.TrashAware);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ContentChangeTrigger.TrashUnaware);

            migrationBuilder.DropIndex(
                name: "ix_programmes_deleted_at",
                table: "programmes");

            migrationBuilder.DropIndex(
                name: "ix_people_deleted_at",
                table: "people");

            migrationBuilder.DropIndex(
                name: "ix_partnerships_deleted_at",
                table: "partnerships");

            migrationBuilder.DropIndex(
                name: "ix_organisations_deleted_at",
                table: "organisations");

            migrationBuilder.DropIndex(
                name: "ix_mous_deleted_at",
                table: "mous");

            migrationBuilder.DropIndex(
                name: "ix_events_deleted_at",
                table: "events");

            migrationBuilder.DropIndex(
                name: "ix_digests_deleted_at",
                table: "digests");

            migrationBuilder.DropIndex(
                name: "ix_delegations_deleted_at",
                table: "delegations");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "programmes");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "programmes");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "people");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "people");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "partnerships");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "partnerships");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "mous");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "mous");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "events");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "events");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "digests");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "digests");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "delegations");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "delegations");
        }
    }
}
