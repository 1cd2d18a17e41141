#!/usr/bin/env python3
"""Mirror the registrations of one event into SQLite through the API's registrations changes feed.

Standard library only. Each page of the feed is applied in one SQLite transaction together with the cursor that
follows it, so a run stopped at any moment (Ctrl-C, a crash, kill -9) leaves either the whole page and its cursor or
neither: the next run continues from the stored cursor and never misses or repeats a change.

    python3 sync.py --base-url http://localhost:5080 --api-key scc_... --event <event id> --db mirror.sqlite
    python3 sync.py ... --watch 30          # keep polling every 30 seconds
    python3 sync.py --db mirror.sqlite --dump   # print the mirror as JSON

The key needs the registrations:read scope; a key restricted to the event reads only that event's changes, any
other key reads every change and this script keeps the event's own.
"""

import argparse
import json
import sqlite3
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

SCHEMA = """
CREATE TABLE IF NOT EXISTS registrations (
    id                 TEXT PRIMARY KEY,
    event_id           TEXT NOT NULL,
    kind               TEXT NOT NULL,
    status             TEXT NOT NULL,
    waitlist_position  INTEGER,
    external_reference TEXT,
    changed_at         TEXT NOT NULL
);
-- Where to continue reading the feed, per mirrored event.
CREATE TABLE IF NOT EXISTS sync_state (
    event_id TEXT PRIMARY KEY,
    cursor   TEXT NOT NULL
);
-- Every change applied, by its number: the primary key makes applying a change twice an error, not a silent repeat.
CREATE TABLE IF NOT EXISTS applied_changes (
    sequence        INTEGER PRIMARY KEY,
    registration_id TEXT NOT NULL,
    change          TEXT NOT NULL
);
"""


def open_db(path):
    # isolation_level=None: transactions are begun and committed here, explicitly.
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript(SCHEMA)
    return db


def get_json(url, api_key, attempts=5):
    """GET a JSON answer, waiting out 429 and 503 as the API's Retry-After asks."""
    request = urllib.request.Request(url, headers={"X-Api-Key": api_key, "Accept": "application/json"})
    for attempt in range(1, attempts + 1):
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                return json.load(answer)
        except urllib.error.HTTPError as error:
            if error.code not in (429, 503) or attempt == attempts:
                raise SystemExit(f"GET {url}: {error.code} {error.read().decode('utf-8', 'replace')}")
            time.sleep(int(error.headers.get("Retry-After", "1")))
        except urllib.error.URLError as error:
            if attempt == attempts:
                raise SystemExit(f"GET {url}: {error.reason}")
            time.sleep(attempt)


def apply_change(db, change):
    db.execute("INSERT INTO applied_changes (sequence, registration_id, change) VALUES (?, ?, ?)",
               (change["sequence"], change["registrationId"], change["change"]))
    if change["change"] == "erased":
        # The person asked to be forgotten: the copy forgets the registration too.
        db.execute("DELETE FROM registrations WHERE id = ?", (change["registrationId"],))
        return
    db.execute(
        """INSERT INTO registrations (id, event_id, kind, status, waitlist_position, external_reference, changed_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, status = excluded.status,
               waitlist_position = excluded.waitlist_position, external_reference = excluded.external_reference,
               changed_at = excluded.changed_at""",
        (change["registrationId"], change["eventId"], change["kind"], change["status"], change["waitlistPosition"],
         change["externalReference"], change["occurredAt"]))


def sync(db, base_url, api_key, event_id, limit, pause):
    """Reads the feed until it has nothing more ready now; returns the number of changes applied."""
    applied = 0
    while True:
        row = db.execute("SELECT cursor FROM sync_state WHERE event_id = ?", (event_id,)).fetchone()
        query = {"limit": limit}
        if row:
            query["cursor"] = row[0]
        page = get_json(f"{base_url}/api/v1/registrations/changes?{urllib.parse.urlencode(query)}", api_key)
        mine = [c for c in page["items"] if c["eventId"] == event_id]
        db.execute("BEGIN IMMEDIATE")
        try:
            for change in mine:
                apply_change(db, change)
            db.execute("INSERT INTO sync_state (event_id, cursor) VALUES (?, ?) "
                       "ON CONFLICT (event_id) DO UPDATE SET cursor = excluded.cursor", (event_id, page["nextCursor"]))
            if pause:
                # --pause: a slow store, to show that a run stopped here, before the commit, loses nothing
                print(f"holding {len(mine)} changes before the commit", flush=True)
                time.sleep(pause)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        applied += len(mine)
        print(f"committed {len(mine)} of {len(page['items'])} changes, cursor {page['nextCursor']}", flush=True)
        if not page["hasMore"]:
            return applied


def dump(db):
    rows = db.execute("SELECT id, event_id, kind, status, waitlist_position, external_reference FROM registrations ORDER BY id")
    return {
        "cursors": dict(db.execute("SELECT event_id, cursor FROM sync_state")),
        "appliedChanges": db.execute("SELECT count(*) FROM applied_changes").fetchone()[0],
        "registrations": [dict(zip(("id", "eventId", "kind", "status", "waitlistPosition", "externalReference"), r)) for r in rows],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", help="the API, e.g. http://localhost:5080")
    parser.add_argument("--api-key", help="an API key with registrations:read (X-Api-Key)")
    parser.add_argument("--event", help="the event whose registrations to mirror")
    parser.add_argument("--db", required=True, help="the SQLite file (created when missing)")
    parser.add_argument("--limit", type=int, default=500, help="changes per page, 1 to 1000 (default 500)")
    parser.add_argument("--watch", type=float, metavar="SECONDS", help="keep polling, this many seconds apart")
    parser.add_argument("--pause", type=float, default=0, metavar="SECONDS", help="wait before committing each page (for demonstrations)")
    parser.add_argument("--dump", action="store_true", help="print the mirror as JSON and exit")
    args = parser.parse_args()

    db = open_db(args.db)
    if args.dump:
        json.dump(dump(db), sys.stdout, indent=2)
        print()
        return
    if not (args.base_url and args.api_key and args.event):
        parser.error("--base-url, --api-key and --event are required to sync")
    base_url = args.base_url.rstrip("/")
    event_id = args.event.lower()  # the feed writes ids in lower case
    while True:
        applied = sync(db, base_url, args.api_key, event_id, args.limit, args.pause)
        print(f"in sync: {applied} changes applied", flush=True)
        if args.watch is None:
            return
        time.sleep(args.watch)


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(130)
