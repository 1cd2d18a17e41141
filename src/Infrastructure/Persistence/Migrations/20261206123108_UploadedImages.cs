using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class UploadedImages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "portrait",
                table: "people",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "logo",
                table: "organisations",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "poster",
                table: "events",
                type: "jsonb",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "image_renditions",
                columns: table => new
                {
                    image_id = table.Column<Guid>(type: "uuid", nullable: false),
                    width = table.Column<int>(type: "integer", nullable: false),
                    format = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    height = table.Column<int>(type: "integer", nullable: false),
                    media_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    etag = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_image_renditions", x => new { x.image_id, x.width, x.format });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "image_renditions");

            migrationBuilder.DropColumn(
                name: "portrait",
                table: "people");

            migrationBuilder.DropColumn(
                name: "logo",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "poster",
                table: "events");
        }
    }
}
