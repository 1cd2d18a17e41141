namespace Scc.Infrastructure.Persistence;

/// <summary>
/// The trigger that writes <c>registration_changes</c>: one row per inserted or updated registration, in the
/// writing transaction, stamped with its transaction id. A trigger rather than EF Core code, because some
/// writes are plain SQL (the waiting list is renumbered with UPDATE statements) and must be recorded too.
/// Created by the Initial migration; a squashed migration must keep <see cref="Create"/> (the changes feed tests fail without it).
/// </summary>
public static class RegistrationChangeTrigger
{
    public const string Create =
        """
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
            INSERT INTO registration_changes (registration_id, event_id, change, status, kind, waitlist_position, external_reference)
            VALUES (NEW.id, NEW.event_id, change, NEW.status, NEW.kind, NEW.waitlist_position, NEW.external_reference);
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
        """;
}
