using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PublicationSchedule : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "publish_at",
                table: "mous",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "publish_at",
                table: "events",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "unpublish_at",
                table: "events",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "publish_at",
                table: "digests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "publish_at",
                table: "delegations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_mous_publish_at",
                table: "mous",
                column: "publish_at",
                filter: "publish_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_events_publish_at",
                table: "events",
                column: "publish_at",
                filter: "publish_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_events_unpublish_at",
                table: "events",
                column: "unpublish_at",
                filter: "unpublish_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_digests_publish_at",
                table: "digests",
                column: "publish_at",
                filter: "publish_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_delegations_publish_at",
                table: "delegations",
                column: "publish_at",
                filter: "publish_at IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_mous_publish_at",
                table: "mous");

            migrationBuilder.DropIndex(
                name: "ix_events_publish_at",
                table: "events");

            migrationBuilder.DropIndex(
                name: "ix_events_unpublish_at",
                table: "events");

            migrationBuilder.DropIndex(
                name: "ix_digests_publish_at",
                table: "digests");

            migrationBuilder.DropIndex(
                name: "ix_delegations_publish_at",
                table: "delegations");

            migrationBuilder.DropColumn(
                name: "publish_at",
                table: "mous");

            migrationBuilder.DropColumn(
                name: "publish_at",
                table: "events");

            migrationBuilder.DropColumn(
                name: "unpublish_at",
                table: "events");

            migrationBuilder.DropColumn(
                name: "publish_at",
                table: "digests");

            migrationBuilder.DropColumn(
                name: "publish_at",
                table: "delegations");
        }
    }
}
