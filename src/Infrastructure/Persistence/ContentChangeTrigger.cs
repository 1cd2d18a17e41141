namespace Scc.Infrastructure.Persistence;

/// <summary>
/// The triggers that write <c>content_changes</c>, the log behind <c>GET /api/v1/changes</c>: one row per inserted,
/// updated or deleted event, series, delegation, MoU, partnership, organisation, person, programme, funding programme
/// and digest, in the writing transaction, stamped like the registrations' changes (ADR 8, whose clock and rebase it
/// shares), with whether the public could see the resource before and after the change, so that the public's feed can
/// show a resource leaving its view (unpublished, deleted) as a removal. Triggers rather than EF Core code, so that set-based
/// writes are recorded too. Created by the ContentChangesFeed migration (ADR 20).
/// </summary>
public static class ContentChangeTrigger
{
    /// <summary>Each table, the resource type the feed names it by, and the rule for what the public sees of a row (<c>{0}</c>: OLD or NEW).</summary>
    public static readonly (string Table, string Type, string PublicWhen)[] Tables =
    [
        ("events", "event", "{0}.status <> 'Draft'"),
        ("event_series", "series", "true"),
        ("delegations", "delegation", "{0}.status = 'Published'"),
        ("mous", "mou", "{0}.visibility = 'Published'"),
        ("partnerships", "partnership", "true"),
        ("organisations", "organisation", "true"),
        ("people", "person", "true"),
        ("programmes", "programme", "true"),
        ("funding_programmes", "fundingProgramme", "true"),
        ("digests", "digest", "{0}.status = 'Published'"),
    ];

    public static string Create =>
        """
        CREATE TABLE content_changes (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            xid xid8 NOT NULL,
            resource_type varchar(40) NOT NULL,
            resource_id uuid NOT NULL,
            change varchar(10) NOT NULL,
            was_public boolean NOT NULL,
            is_public boolean NOT NULL,
            occurred_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX ix_content_changes_xid_id ON content_changes (xid, id);

        -- The rebase (ADR 8) now moves the stamps past both logs' restored changes.
        CREATE OR REPLACE FUNCTION registration_changes_rebase() RETURNS bigint LANGUAGE plpgsql AS $$
        DECLARE
            shift bigint;
            latest bigint;
        BEGIN
            SELECT xid_offset INTO shift FROM registration_change_clock WHERE id = 1 FOR UPDATE;
            SELECT max(stamp) INTO latest FROM (
                SELECT max(xid)::text::bigint AS stamp FROM registration_changes
                UNION ALL SELECT max(xid)::text::bigint FROM content_changes) AS stamps;
            IF latest IS NOT NULL AND latest >= pg_current_xact_id()::text::bigint + shift THEN
                shift := latest - pg_snapshot_xmin(pg_current_snapshot())::text::bigint + 1;
                UPDATE registration_change_clock SET xid_offset = shift WHERE id = 1;
            END IF;
            RETURN shift;
        END
        $$;

        """ + string.Concat(Tables.Select(t => $"""

        {Function(t.Table, t.Type, t.PublicWhen, trashAware: false)}

        CREATE TRIGGER {t.Table}_record_content_change
            AFTER INSERT OR UPDATE OR DELETE ON {t.Table}
            FOR EACH ROW EXECUTE FUNCTION {t.Table}_record_content_change();

        """));

    /// <summary>The tables whose rows go to the trash (ADR 25), by their <c>deleted_at</c> column.</summary>
    public static readonly IReadOnlySet<string> TrashableTables =
        new HashSet<string>(["events", "delegations", "mous", "partnerships", "organisations", "people", "programmes", "digests"]);

    /// <summary>
    /// The trashable tables' functions made aware of the trash (the Trash migration): a trashed row is not public, moving it
    /// to the trash is recorded as a deletion and restoring it as a creation, so that both feeds read them as they read
    /// a real deletion and a new resource.
    /// </summary>
    public static string TrashAware => string.Concat(Tables.Where(t => TrashableTables.Contains(t.Table))
        .Select(t => Function(t.Table, t.Type, t.PublicWhen, trashAware: true) + "\n"));

    /// <summary>The functions as the ContentChangesFeed migration made them, for the Trash migration's Down.</summary>
    public static string TrashUnaware => string.Concat(Tables.Where(t => TrashableTables.Contains(t.Table))
        .Select(t => Function(t.Table, t.Type, t.PublicWhen, trashAware: false) + "\n"));

    /// <summary>Whether the public sees the row <paramref name="row"/> (OLD, NEW, or an alias) of <paramref name="table"/>: its rule, and not in the trash.</summary>
    public static string IsPublic(string table, string row) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Tables.Single(t => t.Table == table).PublicWhen, row) +
        (TrashableTables.Contains(table) ? $" AND {row}.deleted_at IS NULL" : "");

    private static string Function(string table, string type, string publicWhen, bool trashAware)
    {
        string Rule(string row) => trashAware ? IsPublic(table, row) : string.Format(System.Globalization.CultureInfo.InvariantCulture, publicWhen, row);
        var change = trashAware
            ? """
              CASE WHEN TG_OP = 'INSERT' THEN 'created' WHEN TG_OP = 'DELETE' THEN 'deleted'
                                   WHEN OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL THEN 'deleted'
                                   WHEN OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS NULL THEN 'created'
                                   ELSE 'updated' END
              """
            : "CASE TG_OP WHEN 'INSERT' THEN 'created' WHEN 'UPDATE' THEN 'updated' ELSE 'deleted' END";
        return $"""
            CREATE OR REPLACE FUNCTION {table}_record_content_change() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                was_public boolean := false;
                is_public boolean := false;
            BEGIN
                IF TG_OP = 'UPDATE' AND NEW IS NOT DISTINCT FROM OLD THEN
                    RETURN NULL;
                END IF;
                IF TG_OP <> 'INSERT' THEN
                    was_public := {Rule("OLD")};
                END IF;
                IF TG_OP <> 'DELETE' THEN
                    is_public := {Rule("NEW")};
                END IF;
                INSERT INTO content_changes (xid, resource_type, resource_id, change, was_public, is_public)
                VALUES (registration_changes_stamp(pg_current_xact_id()), '{type}', COALESCE(NEW.id, OLD.id),
                        {change}, was_public, is_public);
                RETURN NULL;
            END
            $$;
            """;
    }

    public static string Drop =>
        string.Concat(Tables.Select(t => $"""
            DROP TRIGGER IF EXISTS {t.Table}_record_content_change ON {t.Table};
            DROP FUNCTION IF EXISTS {t.Table}_record_content_change();

            """)) +
        """
        DROP TABLE IF EXISTS content_changes;
        CREATE OR REPLACE FUNCTION registration_changes_rebase() RETURNS bigint LANGUAGE plpgsql AS $$
        DECLARE
            shift bigint;
            latest bigint;
        BEGIN
            SELECT xid_offset INTO shift FROM registration_change_clock WHERE id = 1 FOR UPDATE;
            SELECT max(xid)::text::bigint INTO latest FROM registration_changes;
            IF latest IS NOT NULL AND latest >= pg_current_xact_id()::text::bigint + shift THEN
                shift := latest - pg_snapshot_xmin(pg_current_snapshot())::text::bigint + 1;
                UPDATE registration_change_clock SET xid_offset = shift WHERE id = 1;
            END IF;
            RETURN shift;
        END
        $$;
        """;
}
