"""Writes the benchmark report (Markdown) from the figures bench/run.sh collected."""
import json
import os

import history
import platform
import subprocess
import sys
from datetime import datetime, timezone

(results, report, mode, command, small_events, small_regs, large_events, large_regs,
 organisations, connections, duration, warmup, rounds) = sys.argv[1:14]


def load(name):
    path = os.path.join(results, name)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        text = f.read().strip()
    return json.loads(text) if name.endswith(".json") else text


def machine():
    model, cores = "unknown", 0
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("model name") and model == "unknown":
                model = line.split(":", 1)[1].strip()
            if line.startswith("processor"):
                cores += 1
    memory_kb = 0
    with open("/proc/meminfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                memory_kb = int(line.split()[1])
    nproc = subprocess.run(["nproc"], capture_output=True, text=True, check=False).stdout.strip()
    load_avg = open("/proc/loadavg", encoding="utf-8").read().split()[:3]
    dotnet = subprocess.run(["dotnet", "--version"], capture_output=True, text=True, check=False).stdout.strip()
    wrk = subprocess.run(["wrk", "-v"], capture_output=True, text=True, check=False)
    wrk_version = (wrk.stdout + wrk.stderr).splitlines()[0] if (wrk.stdout + wrk.stderr) else "wrk"
    pg = load("postgres-version") or ""
    return [
        f"- CPU: {model} ({cores} logical CPUs in /proc/cpuinfo, `nproc` = {nproc})",
        f"- Memory: {memory_kb / 1024 / 1024:.1f} GiB",
        f"- OS: {platform.platform()}",
        f"- .NET SDK {dotnet}; {wrk_version.split(' [')[0]}; {pg}".rstrip("; "),
        f"- Load average when the report was written: {' '.join(load_avg)} (the load tool, the API, the baseline and PostgreSQL share these cores)",
    ]


def verdict(ok):
    return "**met**" if ok else "**not met**"


def errors(r):
    return r["errors_connect"] + r["errors_read"] + r["errors_write"] + r["errors_timeout"] + r["non_2xx_3xx"]


lines = [
    "# Benchmark results",
    "",
    f"Written {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC by `{command}` ({mode} run). "
    f"Reproduce with `{command}` from the repository root.",
    "",
    "## Machine",
    "",
    *machine(),
    "",
    "## Data",
    "",
]
for name, events, regs in (("small", small_events, small_regs), ("large", large_events, large_regs)):
    seconds = load(f"load-{name}.seconds")
    lines.append(f"- {name}: {int(events):,} events across ten years, {int(organisations):,} organisations, "
                 f"{int(regs):,} registrations, English and Traditional Chinese text; generated and loaded (binary COPY, "
                 f"then VACUUM ANALYZE) in {seconds} s")
lines += ["", "## Scenarios", "",
          f"wrk, 2 threads, {duration} s per measured run after a {warmup} s warm-up run, 10 s request timeout; the API published in Release with ReadyToRun (as the Docker image ships it), "
          "`ASPNETCORE_ENVIRONMENT=Production`, `RateLimiting:Enabled=false`, `Retention:Enabled=false` (the daily sweep is background work), on its own port.", "",
          *([f"The pairs compared by a ratio (the baseline and the API's list; `/health/live` and the feed; for cost growth, "
             f"the same requests to two API instances, on the small and on the large data set, both started fresh) are measured in "
             f"{rounds} alternating rounds of {int(duration) // int(rounds)} s each (A, B, A, B...), after one warm-up run each, so that a "
             "change in the machine's speed during the run weighs on both alike: their requests/s, errors and CPU are those of "
             "the rounds together, p50 the median of the rounds' p50s and p99 the highest of their p99s; the requests/s of "
             "each round are listed under the table.", ""] if int(rounds) > 1 else []),
          "| scenario | connections | requests/s | p50 ms | p99 ms | errors | server CPU ms per request |",
          "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
scenarios = [
    ("baseline-list", "Baseline (hand-written Npgsql): `GET /api/v1/events?limit=20&type=seminar`, large data"),
    ("api-list", "API: `GET /api/v1/events?limit=20&type=seminar`, large data, every request queried (`OutputCache:EventList=false`)"),
    ("api-list-cached", "API: the same list as anonymous callers get it (from the output cache), large data"),
    ("health-live", "API: `GET /health/live` (`Accept-Encoding: br, gzip`)"),
    ("feed", "API: `GET /api/v1/feeds/events?lang=en` (output cache, `Accept-Encoding: br, gzip`: Brotli)"),
    ("feed-identity", "API: `GET /api/v1/feeds/events?lang=en` (output cache, no Accept-Encoding: uncompressed)"),
    ("cost-list-small", "API: events list, small data"),
    ("cost-list-large", "API: events list, large data"),
    ("cost-changes-small", "API: `GET /api/v1/registrations/changes?limit=20`, small data"),
    ("cost-changes-large", "API: `GET /api/v1/registrations/changes?limit=20`, large data"),
    ("cluster-list-cached", "Cluster (two instances behind HAProxy, output cache in Redis): the cached list, large data; "
                            "server CPU of the instances, HAProxy and Redis together"),
]
figures = {}
for key, label in scenarios:
    r = load(f"{key}.json")
    figures[key] = r
    if r is None:
        continue
    conns = 4 if key.startswith("cost-") else int(connections)
    cpu = load(f"{key}.cpu")
    cpu_ms = "n/a"
    if cpu and r["requests"]:
        ticks, hz = cpu.split()
        cpu_ms = f"{int(ticks) / int(hz) * 1000 / r['requests']:.2f}"
    lines.append(f"| {label} | {conns} | {r['rps']:,.0f} | {r['p50_ms']:.2f} | {r['p99_ms']:.2f} | {errors(r)} | {cpu_ms} |")

paired = [(key, figures[key]["rounds"]) for key, _ in scenarios if figures.get(key) and "rounds" in figures[key]]
if paired:
    lines += ["", "Requests/s of each round: " + "; ".join(
        f"{key} {', '.join(f'{rps:,.0f}' for rps in rounds_rps)}" for key, rounds_rps in paired) + "."]

rush = load("rush.json")
api_peak = max(int(load("api-peak-kb") or 0), int(load("api-cached-peak-kb") or 0)) / 1024
base_peak = int(load("baseline-peak-kb") or 0) / 1024
startup_small, startup_large = load("startup-small-ms"), load("startup-large-ms")

lines += ["", "## Targets", ""]
base, api, health, feed = figures["baseline-list"], figures["api-list"], figures["health-live"], figures["feed"]
ratio = api["rps"] / base["rps"]
cached = figures.get("api-list-cached")

def cpu_per_request_ms(key):
    cpu, r = load(f"{key}.cpu"), figures.get(key)
    if not cpu or not r or not r["requests"]:
        return None
    ticks, hz = cpu.split()
    return int(ticks) / int(hz) * 1000 / r["requests"]


api_cpu, base_cpu = cpu_per_request_ms("api-list"), cpu_per_request_ms("baseline-list")
cpu_ratio = api_cpu / base_cpu if api_cpu and base_cpu else None
lines.append(f"- Events list with a filter at {connections} connections, every request queried as the baseline's are: "
             f"{api['rps']:,.0f} requests/s = {ratio:.2f}× the baseline's {base['rps']:,.0f} (target ≥ 0.85×): {verdict(ratio >= 0.85)}; "
             f"p99 {api['p99_ms']:.1f} ms; errors {errors(api)}.")
if cpu_ratio is not None:
    lines.append(f"  - Server CPU per request: {api_cpu:.2f} ms against the baseline's {base_cpu:.2f} ms = {cpu_ratio:.1f}× "
                 f"(target ≤ 2.5×): {verdict(cpu_ratio <= 2.5)}.")
if cached:
    lines.append(f"  - As anonymous callers get it (from the output cache, evicted by every successful command): "
                 f"{cached['rps']:,.0f} requests/s, p99 {cached['p99_ms']:.1f} ms (target < 50 ms): {verdict(cached['p99_ms'] < 50)}; "
                 f"errors {errors(cached)}. Without the cache the p99 is {api['p99_ms']:.1f} ms (see the notes: Little's law).")
else:
    lines.append(f"  - p99 {api['p99_ms']:.1f} ms (target < 50 ms): {verdict(api['p99_ms'] < 50)}.")
feed_ratio = feed["rps"] / health["rps"]
lines.append(f"- Feed from the output cache: {feed['rps']:,.0f} requests/s = {feed_ratio:.2f}× `/health/live`'s {health['rps']:,.0f} "
             f"(target ≥ 0.95×): {verdict(feed_ratio >= 0.95)}; both asked for as browsers do (`Accept-Encoding: br, gzip`).")
identity_ratio = None
if figures.get("feed-identity"):
    plain = figures["feed-identity"]
    identity_ratio = plain["rps"] / health["rps"]
    lines.append(f"  - The same feed uncompressed (a client that sends no Accept-Encoding): {plain['rps']:,.0f} requests/s = "
                 f"{identity_ratio:.2f}× `/health/live` (target ≥ 0.85×): {verdict(identity_ratio >= 0.85)}.")
def rush_sound(r):
    """No seat sold twice, no 5xx or failed connection, every accepted registration written, one place each in the queue."""
    return (r["confirmedInDatabase"] <= r["capacity"] and r["status5xx"] == 0 and r["failedConnections"] == 0
            and r["acceptedInDatabase"] == r["accepted"] and r["distinctWaitlistPositions"] == r["waitlistedInDatabase"])


def rush_sentence(r, target):
    """The rush's figures, as one sentence (without its ending); <target> follows the time when given."""
    overbooked = r["confirmedInDatabase"] > r["capacity"]
    return (f"{r['submissions']} submissions from {r['concurrency']} concurrent clients to one event of "
            f"{r['capacity']} seats with a waiting list: done in {r['seconds']:.2f} s{target}"
            + (f", after {r['warmUpSubmissions']} untimed warm-up submissions to another event ({r['warmUp2xx']} accepted, "
               f"{r['warmUpSeconds']:.2f} s)" if "warmUpSubmissions" in r else "")
            + (f" and a trickle of {r['trickleSubmissions']} more from {r['trickleConcurrency']} clients ({r['trickleSeconds']:.1f} s; "
               f"the outbox had nothing due {r['outboxWaitSeconds']:.1f} s later)" if r.get("trickleSubmissions") else "")
            + f"; {r['status2xx']} accepted, "
            f"{r['status4xx']} 4xx, {r['status5xx']} 5xx, {r['failedConnections']} failed connections; in the database "
            f"{r['confirmedInDatabase']} confirmed (capacity {r['capacity']}: {'OVERBOOKED' if overbooked else 'no overbooking'}), "
            f"{r['waitlistedInDatabase']} waitlisted at {r['distinctWaitlistPositions']} distinct positions, "
            f"{r['acceptedInDatabase']} of {r['accepted']} accepted registrations found; p50 {r['p50Ms']:.0f} ms, "
            f"p99 {r['p99Ms']:.0f} ms")


if rush:
    ok = rush_sound(rush) and rush["seconds"] < 1.5
    lines.append(f"- Registration rush, {rush_sentence(rush, ' (target < 1.5 s)')}: {verdict(ok)}.")
drain = load("drain.json")
if drain:
    delivered_all = drain["delivered"] == drain["accepted"] and drain["receivedRequests"] == drain["delivered"]
    ok = delivered_all and drain["drainSecondsAfterLastSubmission"] < 15
    lag = (f"; `scc.outbox.lag` p50 {drain['lagP50Seconds']:.2f} s, p99 {drain['lagP99Seconds']:.2f} s"
           if drain.get("lagP99Seconds") is not None else "")
    lines.append(
        f"- Outbox drain after a rush of {drain['submissions']} submissions ({drain['submitSeconds']:.2f} s) to a fast local webhook "
        f"receiver: the last of {drain['delivered']} webhooks ({drain['receivedRequests']} requests for {drain['accepted']} accepted "
        f"registrations) arrived {drain['drainSecondsAfterLastSubmission']:.2f} s after the last submission (target < 15 s){lag}: {verdict(ok)}.")
small, large = figures["cost-list-small"], figures["cost-list-large"]
growth = large["p50_ms"] / small["p50_ms"]
lines.append(f"- Cost growth, events list p50 at {int(large_events):,} events / {int(large_regs):,} registrations vs "
             f"{int(small_events):,} / {int(small_regs):,}: {large['p50_ms']:.2f} ms vs {small['p50_ms']:.2f} ms = {growth:.2f}× "
             f"(target ≤ 1.5×): {verdict(growth <= 1.5)}.")
cs, cl = figures["cost-changes-small"], figures["cost-changes-large"]
if cs and cl:
    cgrowth = cl["p50_ms"] / cs["p50_ms"]
    lines.append(f"- Cost growth, registrations changes feed p50: {cl['p50_ms']:.2f} ms vs {cs['p50_ms']:.2f} ms = {cgrowth:.2f}× "
                 f"(target ≤ 1.5×): {verdict(cgrowth <= 1.5)}.")
else:
    status = load("changes-status-large") or "?"
    lines.append(f"- Cost growth, registrations changes feed: **not measured**: `GET /api/v1/registrations/changes` answered "
                 f"{status} in this build (404: the endpoint is not there yet; 401/403: set `BENCH_CHANGES_AUTH`). "
                 "The step runs by itself once the endpoint answers.")
lines.append(f"- Peak memory of the API (VmHWM) over all the loads above: {api_peak:.0f} MB (target < 200 MB): "
             f"{verdict(0 < api_peak < 200)}. The baseline peaked at {base_peak:.0f} MB.")
startup = max(int(startup_small), int(startup_large))
lines.append(f"- Startup to ready (process start to the first 200 from `/health/ready`, no pending migrations): "
             f"{startup_small} ms on the small data set, {startup_large} ms on the large one (target < 1,000 ms): "
             f"{verdict(startup < 1000)}.")
first5s = load("api-list-cached-first5s.json")
first5s_ratio = first5s["rps"] / cached["rps"] if first5s and cached else None
if first5s_ratio is not None:
    lines.append(f"  - The first 5 s under load of a fresh instance (the cached list, {connections} connections): "
                 f"{first5s['rps']:,.0f} requests/s = {first5s_ratio:.2f}× its steady {cached['rps']:,.0f} "
                 f"(target ≥ 0.5×): {verdict(first5s_ratio >= 0.5)}; p99 {first5s['p99_ms']:.1f} ms.")

# The cluster: reported beside the single instance, with no target of its own.
cluster = figures.get("cluster-list-cached")
cluster_rush = load("cluster-rush.json")
cluster_list_ratio = cluster["rps"] / cached["rps"] if cluster and cached else None
if cluster or cluster_rush:
    lines += ["", "## The cluster", "",
              "The cluster here is two API instances behind HAProxy (round robin, each checked on `/health/ready`), sharing "
              "their output cache in Redis, over the one PostgreSQL primary and no replica, all on the same "
              f"{os.cpu_count()} cores as the load tools: it shows what the extra hop and the shared cache cost, not more "
              "capacity. It runs after the single instance has stopped, on the large data set, with the same settings; "
              "its figures stand beside the single instance's, with no target of their own.", ""]
if cluster:
    line = (f"- The list as anonymous callers get it, through HAProxy, {connections} connections: {cluster['rps']:,.0f} requests/s, "
            f"p50 {cluster['p50_ms']:.1f} ms, p99 {cluster['p99_ms']:.1f} ms, errors {errors(cluster)}")
    if cluster_list_ratio is not None:
        line += (f"; against the single instance's {cached['rps']:,.0f} requests/s (p99 {cached['p99_ms']:.1f} ms) from its "
                 f"memory: {cluster_list_ratio:.2f}×")
    lines.append(line + ".")
    cluster_cpu, single_cpu = cpu_per_request_ms("cluster-list-cached"), cpu_per_request_ms("api-list-cached")
    each = load("cluster-list-cached.cpu-each")
    cpu_hz = load("cluster-list-cached.cpu")
    if cluster_cpu is not None and each and cpu_hz and cluster["requests"]:
        hz = int(cpu_hz.split()[1])
        parts = [int(t) / hz * 1000 / cluster["requests"] for t in each.split()]
        names = ["instance 1", "instance 2", "HAProxy", "Redis"]
        lines.append(f"  - Server CPU per request: {cluster_cpu:.2f} ms ("
                     + ", ".join(f"{name} {part:.3f}" for name, part in zip(names, parts))
                     + (f") against the single instance's {single_cpu:.2f} ms" if single_cpu else ")") + ".")
if cluster_rush:
    single = f"; the single instance's took {rush['seconds']:.2f} s" if rush else ""
    lines.append(f"- Registration rush through HAProxy, {rush_sentence(cluster_rush, '')}{single}: "
                 f"{'sound' if rush_sound(cluster_rush) else '**NOT SOUND**'} (no seat sold twice, no 5xx or failed "
                 "connection, every accepted registration in the database, one waiting-list place each). The rush event and "
                 "its warm-up twin were emptied after the single instance's rush, so that this one meets them as it did. "
                 "Each instance batches only the submissions it holds (ADR 17), so the two take turns on the event's lock.")
cluster_peaks = (load("cluster-peak-kb") or "").split()
if cluster_peaks:
    lines.append("- Peak memory (VmHWM) of the instances: "
                 + " and ".join(f"{int(kb) / 1024:.0f} MB" for kb in cluster_peaks) + ".")

sample_api, sample_base = os.path.join(results, "sample-api.json"), os.path.join(results, "sample-baseline.json")
if os.path.exists(sample_api) and os.path.exists(sample_base):
    a, b = json.load(open(sample_api, encoding="utf-8")), json.load(open(sample_base, encoding="utf-8"))
    same_ids = [i["id"] for i in a["items"]] == [i["id"] for i in b["items"]]
    lines += ["", "## Notes", "",
              f"- The baseline answers the same page ({len(b['items'])} items, same ids in the same order: {'yes' if same_ids else 'NO'}) "
              f"with the same fields; it copies the jsonb values as stored, so null members inside them are left out "
              f"({os.path.getsize(sample_base):,} bytes against the API's {os.path.getsize(sample_api):,})."]
fsync_ops = load("fdatasync-ops")
if fsync_ops:
    lines.append(f"- The disk flushes {float(fsync_ops):,.0f} times a second (`pg_test_fsync`, fdatasync, one 8 kB write): "
                 f"{1000 / float(fsync_ops):.1f} ms a flush. PostgreSQL runs with durable commits (its defaults), and each "
                 f"transaction of registrations commits while it holds the event's row lock: one transaction per submission "
                 f"would give 1,000 submissions to one event at least {1000 / float(fsync_ops):.1f} s of flushes on this disk; "
                 f"submissions waiting for the same event share one transaction, so the rush flushes once per batch.")
# A closed-loop load tool keeps every connection busy: the mean latency is the connections over the throughput.
lines.append(f"- At {connections} connections wrk keeps {connections} requests in flight, so by Little's law the mean latency is "
             f"{connections} / throughput: {int(connections) / api['rps'] * 1000:.0f} ms for the API and "
             f"{int(connections) / base['rps'] * 1000:.0f} ms for the baseline in this run. A p99 under 50 ms at "
             f"{connections} connections needs more than {int(connections) / 0.05:,.0f} requests/s, which neither reaches here "
             f"when every request queries the database; answers from the output cache do.")
lines += ["- All processes (wrk, the API, the baseline, PostgreSQL) run on the same machine; absolute numbers move with "
          "anything else running on it, so the targets are ratios taken within one run.", ""]

# One row per run in bench/history.csv, and the chart of the ratios over the full runs beside the report.
history_row = {
    "written": f"{datetime.now(timezone.utc):%Y-%m-%dT%H:%MZ}",
    "commit": history.commit(),
    "mode": mode,
    "list_ratio": f"{ratio:.3f}",
    "list_cpu_ratio": f"{cpu_ratio:.2f}" if cpu_ratio is not None else "",
    "cached_list_p99_ms": f"{cached['p99_ms']:.1f}" if cached else "",
    "feed_ratio": f"{feed_ratio:.3f}",
    "feed_identity_ratio": f"{identity_ratio:.3f}" if identity_ratio is not None else "",
    "rush_s": f"{rush['seconds']:.2f}" if rush else "",
    "startup_ms": str(startup),
    "first5s_ratio": f"{first5s_ratio:.3f}" if first5s_ratio is not None else "",
    "peak_mb": f"{api_peak:.0f}",
    "cluster_list_ratio": f"{cluster_list_ratio:.3f}" if cluster_list_ratio is not None else "",
    "cluster_rush_s": f"{cluster_rush['seconds']:.2f}" if cluster_rush else "",
}
history_csv = os.path.join(os.path.dirname(report), "history.csv")
history.append(history_csv, history_row)
chart = os.path.join(os.path.dirname(report), "history.svg")
history.write_chart(history_csv, chart)
lines += ["## History", "",
          f"Every run adds a row to `{os.path.basename(history_csv)}`; the ratios of the full runs over commits:", "",
          f"![The ratios over commits]({os.path.basename(chart)})", ""]

with open(report, "w", encoding="utf-8") as f:
    f.write("\n".join(lines))
print("\n".join(lines))
