namespace Scc.Infrastructure.Persistence;

/// <summary>
/// The trigger that writes <c>registration_changes</c>: one row per inserted or updated registration, in the
/// writing transaction, stamped with its transaction id. A trigger rather than EF Core code, because some
/// writes are plain SQL (the waiting list is renumbered with UPDATE statements) and must be recorded too.
/// Created by the Initial migration; a squashed migration must keep <see cref="Create"/> (the changes feed tests fail without it).
/// <para>
/// The stamp is the transaction id plus the offset kept in <c>registration_change_clock</c>. It is zero until a
/// backup is restored into a younger cluster, whose transaction ids start below the restored stamps; then
/// <see cref="Rebase"/> (run by the <c>migrate</c> command) raises the offset so that every new stamp, and the
/// readers' horizon, comes after the restored ones, and cursors handed out before the backup stay valid.
/// </para>
/// </summary>
public static class RegistrationChangeTrigger
{
    public const string Create =
        """
        CREATE TABLE registration_change_clock (
            id integer PRIMARY KEY CHECK (id = 1),
            xid_offset bigint NOT NULL
        );
        INSERT INTO registration_change_clock VALUES (1, 0);

        CREATE FUNCTION registration_changes_stamp(transaction_id xid8) RETURNS xid8 LANGUAGE sql STABLE AS $$
            SELECT (transaction_id::text::bigint + (SELECT xid_offset FROM registration_change_clock WHERE id = 1))::text::xid8
        $$;

        CREATE FUNCTION registration_changes_rebase() RETURNS bigint LANGUAGE plpgsql AS $$
        DECLARE
            shift bigint;
            latest bigint;
        BEGIN
            SELECT xid_offset INTO shift FROM registration_change_clock WHERE id = 1 FOR UPDATE;
            SELECT max(xid)::text::bigint INTO latest FROM registration_changes;
            -- Never true in a cluster that wrote the changes itself: every committed stamp is below the current id.
            IF latest IS NOT NULL AND latest >= pg_current_xact_id()::text::bigint + shift THEN
                shift := latest - pg_snapshot_xmin(pg_current_snapshot())::text::bigint + 1;
                UPDATE registration_change_clock SET xid_offset = shift WHERE id = 1;
            END IF;
            RETURN shift;
        END
        $$;

        CREATE FUNCTION registrations_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            change text;
        BEGIN
            IF TG_OP = 'INSERT' THEN
                change := 'created';
            ELSE
                -- Renumbering the waiting list parks rows at negative positions first; only their final place is a change.
                IF NEW.waitlist_position < 0 THEN
                    RETURN NULL;
                END IF;
                IF NEW IS NOT DISTINCT FROM OLD THEN
                    RETURN NULL;
                END IF;
                change := CASE
                    WHEN NEW.erased_at IS NOT NULL AND OLD.erased_at IS NULL THEN 'erased'
                    WHEN NEW.status = 'Cancelled' AND OLD.status <> 'Cancelled' THEN 'cancelled'
                    ELSE 'updated'
                END;
            END IF;
            INSERT INTO registration_changes (xid, registration_id, event_id, change, status, kind, waitlist_position, external_reference)
            VALUES (registration_changes_stamp(pg_current_xact_id()), NEW.id, NEW.event_id, change, NEW.status, NEW.kind,
                    NEW.waitlist_position, NEW.external_reference);
            RETURN NULL;
        END
        $$;

        CREATE TRIGGER registrations_record_change
            AFTER INSERT OR UPDATE ON registrations
            FOR EACH ROW EXECUTE FUNCTION registrations_record_change();
        """;

    public const string Drop =
        """
        DROP TRIGGER IF EXISTS registrations_record_change ON registrations;
        DROP FUNCTION IF EXISTS registrations_record_change();
        DROP FUNCTION IF EXISTS registration_changes_rebase();
        DROP FUNCTION IF EXISTS registration_changes_stamp(xid8);
        DROP TABLE IF EXISTS registration_change_clock;
        """;

    /// <summary>Moves the stamps past restored changes; a no-op otherwise.</summary>
    public const string Rebase = "SELECT registration_changes_rebase()";
}
