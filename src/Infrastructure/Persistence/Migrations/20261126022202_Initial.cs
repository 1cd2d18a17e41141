using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Scc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

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
                    search_text = table.Column<string>(type: "text", nullable: true, computedColumnSql: "lower(coalesce(title->>'en', '') || ' ' || coalesce(title->>'zh-Hant', '') || ' ' || coalesce(purpose->>'en', '') || ' ' || coalesce(purpose->>'zh-Hant', '') || ' ' || slug)", stored: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_delegations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "digests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    title = table.Column<string>(type: "jsonb", nullable: false),
                    introduction = table.Column<string>(type: "jsonb", nullable: true),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    to = table.Column<DateOnly>(type: "date", nullable: false),
                    as_of = table.Column<DateOnly>(type: "date", nullable: false),
                    items = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_digests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "event_series",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    title = table.Column<string>(type: "jsonb", nullable: false),
                    description = table.Column<string>(type: "jsonb", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_series", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_keys",
                columns: table => new
                {
                    key_hash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    request_hash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    outcome = table.Column<byte[]>(type: "bytea", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_keys", x => x.key_hash);
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
                    search_text = table.Column<string>(type: "text", nullable: true, computedColumnSql: "lower(coalesce(title->>'en', '') || ' ' || coalesce(title->>'zh-Hant', '') || ' ' || coalesce(purpose->>'en', '') || ' ' || coalesce(purpose->>'zh-Hant', '') || ' ' || slug)", stored: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mous", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    acronym = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    name = table.Column<string>(type: "jsonb", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    country_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    website_url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    logo_url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    search_text = table.Column<string>(type: "text", nullable: true, computedColumnSql: "lower(coalesce(acronym, '') || ' ' || coalesce(name->>'en', '') || ' ' || coalesce(name->>'zh-Hant', ''))", stored: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    payload = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "people",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    name = table.Column<string>(type: "jsonb", nullable: false),
                    honorific = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    appointments = table.Column<string>(type: "jsonb", nullable: false),
                    appointment_organisation_ids = table.Column<string>(type: "text", nullable: true, computedColumnSql: "jsonb_path_query_array(appointments, '$[*].organisationId')::text", stored: true),
                    search_text = table.Column<string>(type: "text", nullable: true, computedColumnSql: "lower(coalesce(name->>'en', '') || ' ' || coalesce(name->>'zh-Hant', ''))", stored: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_people", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "programmes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    name = table.Column<string>(type: "jsonb", nullable: false),
                    description = table.Column<string>(type: "jsonb", nullable: true),
                    website_url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programmes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registration_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    xid = table.Column<ulong>(type: "xid8", nullable: false, defaultValueSql: "pg_current_xact_id()"),
                    registration_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    change = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    waitlist_position = table.Column<int>(type: "integer", nullable: true),
                    external_reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "clock_timestamp()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registration_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "webhook_subscriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    event_types = table.Column<string[]>(type: "text[]", nullable: false),
                    secret = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    disabled_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webhook_subscriptions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "funding_programmes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    acronym = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    name = table.Column<string>(type: "jsonb", nullable: false),
                    funder_organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    disclaimer = table.Column<string>(type: "jsonb", nullable: false),
                    search_text = table.Column<string>(type: "text", nullable: true, computedColumnSql: "lower(coalesce(name->>'en', '') || ' ' || coalesce(name->>'zh-Hant', '') || ' ' || coalesce(acronym, ''))", stored: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_funding_programmes", x => x.id);
                    table.ForeignKey(
                        name: "fk_funding_programmes_organisations_funder_organisation_id",
                        column: x => x.funder_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status_note = table.Column<string>(type: "jsonb", nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    format = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    title = table.Column<string>(type: "jsonb", nullable: false),
                    summary = table.Column<string>(type: "jsonb", nullable: true),
                    description = table.Column<string>(type: "jsonb", nullable: true),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    schedule = table.Column<string>(type: "jsonb", nullable: false),
                    window_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    window_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    venue = table.Column<string>(type: "jsonb", nullable: true),
                    online_url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    online_platform = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    parent_event_id = table.Column<Guid>(type: "uuid", nullable: true),
                    series_id = table.Column<Guid>(type: "uuid", nullable: true),
                    series_position = table.Column<int>(type: "integer", nullable: true),
                    speakers = table.Column<string>(type: "jsonb", nullable: false),
                    outcomes = table.Column<string>(type: "jsonb", nullable: false),
                    highlights = table.Column<string>(type: "jsonb", nullable: false),
                    tags = table.Column<string[]>(type: "text[]", nullable: false),
                    registration = table.Column<string>(type: "jsonb", nullable: false),
                    contacts = table.Column<string>(type: "jsonb", nullable: false),
                    website_url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    image_url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: true),
                    search_text = table.Column<string>(type: "text", nullable: true, computedColumnSql: "lower(coalesce(title->>'en', '') || ' ' || coalesce(title->>'zh-Hant', '') || ' ' || coalesce(summary->>'en', '') || ' ' || coalesce(summary->>'zh-Hant', '') || ' ' || slug)", stored: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_events_event_series_series_id",
                        column: x => x.series_id,
                        principalTable: "event_series",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_events_events_parent_event_id",
                        column: x => x.parent_event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_events_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "programme_organisations",
                columns: table => new
                {
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_organisations", x => new { x.programme_id, x.organisation_id, x.role });
                    table.ForeignKey(
                        name: "fk_programme_organisations_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_programme_organisations_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webhook_deliveries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    subscription_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    queued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempt_count = table.Column<int>(type: "integer", nullable: false),
                    delivered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    dead_lettered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webhook_deliveries", x => x.id);
                    table.ForeignKey(
                        name: "fk_webhook_deliveries_outbox_messages_event_id",
                        column: x => x.event_id,
                        principalTable: "outbox_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_webhook_deliveries_webhook_subscriptions_subscription_id",
                        column: x => x.subscription_id,
                        principalTable: "webhook_subscriptions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "api_keys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    prefix = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    secret_hash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    scopes = table.Column<string[]>(type: "text[]", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_keys", x => x.id);
                    table.ForeignKey(
                        name: "fk_api_keys_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

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

            migrationBuilder.CreateTable(
                name: "registrations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    waitlist_position = table.Column<int>(type: "integer", nullable: true),
                    registrant_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    registrant_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    registrant_phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    registrant_company = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    email_key = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    exhibitor = table.Column<string>(type: "jsonb", nullable: true),
                    answers = table.Column<string>(type: "jsonb", nullable: false),
                    consent = table.Column<string>(type: "jsonb", nullable: false),
                    manage_token_hash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    external_reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    erased_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registrations", x => x.id);
                    table.ForeignKey(
                        name: "fk_registrations_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "webhook_attempts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    delivery_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    attempted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    duration_ms = table.Column<int>(type: "integer", nullable: false),
                    status_code = table.Column<int>(type: "integer", nullable: true),
                    error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webhook_attempts", x => x.id);
                    table.ForeignKey(
                        name: "fk_webhook_attempts_webhook_deliveries_delivery_id",
                        column: x => x.delivery_id,
                        principalTable: "webhook_deliveries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_api_keys_event_id",
                table: "api_keys",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "ix_api_keys_prefix",
                table: "api_keys",
                column: "prefix",
                unique: true);

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
                name: "ix_delegations_search_text",
                table: "delegations",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

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
                name: "ix_digests_as_of_id",
                table: "digests",
                columns: new[] { "as_of", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_digests_slug",
                table: "digests",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_event_funding_programmes_funding_programme_id",
                table: "event_funding_programmes",
                column: "funding_programme_id");

            migrationBuilder.CreateIndex(
                name: "ix_event_organisations_organisation_id_role",
                table: "event_organisations",
                columns: new[] { "organisation_id", "role" });

            migrationBuilder.CreateIndex(
                name: "ix_event_series_slug",
                table: "event_series",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_events_parent_event_id",
                table: "events",
                column: "parent_event_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_programme_id",
                table: "events",
                column: "programme_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_search_text",
                table: "events",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_events_series_id",
                table: "events",
                column: "series_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_slug",
                table: "events",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_events_status",
                table: "events",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_events_tags",
                table: "events",
                column: "tags")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_events_type_window_start_id",
                table: "events",
                columns: new[] { "type", "window_start", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_events_window_end",
                table: "events",
                column: "window_end");

            migrationBuilder.CreateIndex(
                name: "ix_events_window_start_id",
                table: "events",
                columns: new[] { "window_start", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_funding_programmes_funder_organisation_id",
                table: "funding_programmes",
                column: "funder_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_funding_programmes_slug",
                table: "funding_programmes",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_keys_created_at",
                table: "idempotency_keys",
                column: "created_at");

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
                name: "ix_mous_search_text",
                table: "mous",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_mous_signed_on_id",
                table: "mous",
                columns: new[] { "signed_on", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_mous_slug",
                table: "mous",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organisations_acronym",
                table: "organisations",
                column: "acronym");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_search_text",
                table: "organisations",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_organisations_slug",
                table: "organisations",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_next_attempt_at",
                table: "outbox_messages",
                column: "next_attempt_at",
                filter: "processed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_type_id",
                table: "outbox_messages",
                columns: new[] { "type", "id" });

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

            migrationBuilder.CreateIndex(
                name: "ix_people_search_text",
                table: "people",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_people_slug",
                table: "people",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_programme_organisations_organisation_id",
                table: "programme_organisations",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_programmes_slug",
                table: "programmes",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_registration_changes_registration_id",
                table: "registration_changes",
                column: "registration_id");

            migrationBuilder.CreateIndex(
                name: "ix_registration_changes_xid_id",
                table: "registration_changes",
                columns: new[] { "xid", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_registrations_event_id_status",
                table: "registrations",
                columns: new[] { "event_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_registrations_manage_token_hash",
                table: "registrations",
                column: "manage_token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_registrations_updated_at",
                table: "registrations",
                column: "updated_at");

            migrationBuilder.CreateIndex(
                name: "ux_registrations_event_id_email_key_live",
                table: "registrations",
                columns: new[] { "event_id", "email_key" },
                unique: true,
                filter: "status NOT IN ('Cancelled', 'Rejected')");

            migrationBuilder.CreateIndex(
                name: "ux_registrations_event_id_external_reference",
                table: "registrations",
                columns: new[] { "event_id", "external_reference" },
                unique: true,
                filter: "external_reference IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ux_registrations_event_id_waitlist_position",
                table: "registrations",
                columns: new[] { "event_id", "waitlist_position" },
                unique: true,
                filter: "waitlist_position IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_webhook_attempts_delivery_id_number",
                table: "webhook_attempts",
                columns: new[] { "delivery_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_webhook_deliveries_event_id",
                table: "webhook_deliveries",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "ix_webhook_deliveries_next_attempt_at",
                table: "webhook_deliveries",
                column: "next_attempt_at",
                filter: "next_attempt_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_webhook_deliveries_subscription_id_id",
                table: "webhook_deliveries",
                columns: new[] { "subscription_id", "id" });

            // Not part of the model: the trigger that records every registration change for the changes feed (ADR 8).
            migrationBuilder.Sql(RegistrationChangeTrigger.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(RegistrationChangeTrigger.Drop);

            migrationBuilder.DropTable(
                name: "api_keys");

            migrationBuilder.DropTable(
                name: "delegations");

            migrationBuilder.DropTable(
                name: "digests");

            migrationBuilder.DropTable(
                name: "event_funding_programmes");

            migrationBuilder.DropTable(
                name: "event_organisations");

            migrationBuilder.DropTable(
                name: "idempotency_keys");

            migrationBuilder.DropTable(
                name: "mous");

            migrationBuilder.DropTable(
                name: "partnerships");

            migrationBuilder.DropTable(
                name: "people");

            migrationBuilder.DropTable(
                name: "programme_organisations");

            migrationBuilder.DropTable(
                name: "registration_changes");

            migrationBuilder.DropTable(
                name: "registrations");

            migrationBuilder.DropTable(
                name: "webhook_attempts");

            migrationBuilder.DropTable(
                name: "funding_programmes");

            migrationBuilder.DropTable(
                name: "events");

            migrationBuilder.DropTable(
                name: "webhook_deliveries");

            migrationBuilder.DropTable(
                name: "organisations");

            migrationBuilder.DropTable(
                name: "event_series");

            migrationBuilder.DropTable(
                name: "programmes");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "webhook_subscriptions");
        }
    }
}
