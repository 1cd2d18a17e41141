"""The parts of bench/profile.sh written in Python.

  profile.py memory <pid> <builds folder>   resident memory of a process by kind, as JSON (from /proc/<pid>/smaps)
  profile.py categorise < perf script       perf samples grouped by component, as JSON (perf script -F ip,sym,dso)
  profile.py report <results> <PROFILE.md>  the report
"""
import collections
import datetime
import json
import os
import re
import statistics
import sys

# --- memory -------------------------------------------------------------------------------------------------------
MEMORY_KINDS = [
    ("app", "code and data mapped from the application's assemblies"),
    ("framework", "code and data mapped from .NET's shared framework"),
    ("native", "native libraries (the runtime, the JIT, ICU, OpenSSL, libc)"),
    ("jit", "code the JIT wrote (the W^X double mapping)"),
    ("anonymous", "the managed heap and other anonymous memory"),
    ("other", "other"),
]


def memory(pid, builds):
    kinds = collections.Counter()
    current = "other"
    with open(f"/proc/{pid}/smaps", encoding="utf-8") as smaps:
        for line in smaps:
            parts = line.split()
            if re.match(r"^[0-9a-f]+-[0-9a-f]+ ", line):
                path = parts[5] if len(parts) > 5 else ""
                if path.startswith(builds):
                    current = "app"
                elif "/shared/Microsoft." in path and path.endswith(".dll"):
                    current = "framework"
                elif ".so" in path:
                    current = "native"
                elif path.startswith("/memfd:doublemapper"):
                    current = "jit"
                elif path in ("", "[heap]", "[stack]") or path.startswith("[anon"):
                    current = "anonymous"
                else:
                    current = "other"
            elif line.startswith("Rss:"):
                kinds[current] += int(parts[1])
    with open(f"/proc/{pid}/status", encoding="utf-8") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    json.dump({"kb": dict(kinds), "total_kb": sum(kinds.values()), "peak_kb": peak}, sys.stdout)


# --- perf samples by component ------------------------------------------------------------------------------------
# Each sample is given to the first frame, from the leaf towards the root, that belongs to a component: time in a
# helper of the base library (a copy, a dictionary lookup) counts for whoever called it.
COMPONENTS = [
    ("kernel", "the kernel: sockets, scheduling"),
    ("runtime", "the runtime: GC, allocation, casts, JIT"),
    ("json-read", "JSON read into objects (the jsonb columns)"),
    ("json-write", "JSON written (the answer)"),
    ("npgsql", "Npgsql: the PostgreSQL protocol"),
    ("ef", "EF Core: queries built, run and materialised"),
    ("validation", "FluentValidation"),
    ("mediator", "Mediator and Mapster"),
    ("own", "the application's own code"),
    ("compression", "compression (Brotli, gzip)"),
    ("aspnet", "ASP.NET Core: Kestrel, routing, middleware, output cache"),
    ("sockets", ".NET sockets"),
    ("other", "other"),
]
NATIVE_RUNTIME = ("libcoreclr.so", "libclrjit.so", "libc.so.6", "ld-linux-x86-64.so.2", "libstdc++.so.6", "[vdso]")
FRAME = re.compile(r"^\s*[0-9a-f]+ (.*) \((.*)\)$")
DECLARING = re.compile(r"\[([\w.]+)\] (\S+?)::(\w+)")


def component_of_frame(symbol, dso, leaf):
    name = os.path.basename(dso)
    if leaf and name.startswith("[kernel"):
        return "kernel"
    if leaf and name.startswith(NATIVE_RUNTIME):
        return "runtime"
    match = DECLARING.search(symbol)
    assembly, type_name, method = match.groups() if match else (name.removesuffix(".dll"), "", "")
    if assembly == "System.Text.Json":
        return "json-read" if "Read" in method or "Deserializ" in method or "Reader" in type_name else "json-write"
    if assembly == "System.Text.Encodings.Web":
        return "json-write"
    if assembly == "Npgsql":
        return "npgsql"
    if assembly.startswith(("Microsoft.EntityFrameworkCore", "Npgsql.EntityFrameworkCore")) or assembly.startswith("Anonymously Hosted"):
        return "ef"
    if assembly.startswith("FluentValidation"):
        return "validation"
    if assembly.startswith(("Mediator", "Mapster")):
        return "mediator"
    if assembly.startswith("Scc.") or assembly == "Baseline":
        return "own"
    if assembly == "System.IO.Compression" or "Brotli" in type_name:
        return "compression"
    if assembly.startswith(("Microsoft.AspNetCore", "Microsoft.Extensions")):
        return "aspnet"
    if assembly == "System.Net.Sockets":
        return "sockets"
    return None


def categorise():
    counts = collections.Counter()
    frames = []

    def close_sample():
        if not frames:
            return
        component = None
        for index, (symbol, dso) in enumerate(frames):
            component = component_of_frame(symbol, dso, index == 0)
            if component:
                break
        counts[component or "other"] += 1
        frames.clear()

    for line in sys.stdin:
        match = FRAME.match(line.rstrip("\n"))
        if match:
            frames.append((match.group(1), match.group(2)))
        elif not line.strip():
            close_sample()
    close_sample()
    json.dump({"samples": sum(counts.values()), "components": dict(counts)}, sys.stdout)


# --- the report ---------------------------------------------------------------------------------------------------
def load(results, name):
    path = os.path.join(results, name)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def time_of_day_ms(line):
    match = re.match(r"^(\d\d):(\d\d):(\d\d)\.(\d\d\d) ", line)
    if not match:
        return None
    h, m, s, ms = (int(g) for g in match.groups())
    return ((h * 60 + m) * 60 + s) * 1000 + ms


def phases(results, name):
    """ms since the process started: the host starting, Kestrel listening, the first answer, ready; and CPU ms."""
    timing = load(results, f"startup-{name}.json")
    started = datetime.datetime.fromtimestamp(timing["started_ns"] / 1e9, datetime.timezone.utc)
    started_ms = ((started.hour * 60 + started.minute) * 60 + started.second) * 1000 + started.microsecond / 1000
    host = listening = None
    with open(os.path.join(results, f"api-{name}.log"), encoding="utf-8") as log:
        previous = None
        for line in log:
            stamp = time_of_day_ms(line)
            if stamp is not None:
                previous = stamp
                if host is None and "Microsoft.Extensions.Hosting.Internal.Host[1]" in line:
                    host = stamp - started_ms
            elif listening is None and "Now listening on" in line and previous is not None:
                listening = previous - started_ms
    return {
        "host": host, "listening": listening,
        "live": (timing["live_ns"] - timing["started_ns"]) / 1e6,
        "ready": (timing["ready_ns"] - timing["started_ns"]) / 1e6,
        "cpu": timing["cpu_ticks"] * 1000 / timing["hz"],
    }


def jit_summary(results, name):
    path = os.path.join(results, f"jit-{name}.txt")
    if not os.path.exists(path):
        return None
    tiers = collections.Counter()
    owners = collections.Counter()
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            match = re.search(r"JIT compiled (\S+?):.*\[(Tier0|Tier1|FullOpts|Instrumented Tier0|Tier1-OSR|Tier-0 switched to FullOpts)", line)
            if not match:
                continue
            tiers[match.group(2)] += 1
            owner = match.group(1)
            owners[".".join(re.split(r"[`\[]", owner)[0].split(".")[:2])] += 1
    return {"total": sum(tiers.values()), "tiers": tiers, "owners": owners.most_common(6)}


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def ms(value):
    return "–" if value is None else f"{value:,.0f}"


def report(results, path):
    lines = ["# Where the time goes: profiles beside the benchmark", "",
             f"Written {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC by `bench/profile.sh`, on "
             "10,000 events / 100,000 registrations, on the machine of `RESULTS.md` (2 cores shared by the load tool, the "
             "API and PostgreSQL). It says why the targets that `RESULTS.md` reports as not met are not met; "
             "`docs/performance.md` draws the conclusions.", ""]

    # Start to ready.
    runs = [phases(results, f"start{n}") for n in (1, 2, 3) if load(results, f"startup-start{n}.json")]
    baseline = [load(results, f"baseline-startup-start{n}.json") for n in (1, 2, 3)]
    baseline = [b for b in baseline if b]
    base_live = median([(b["live_ns"] - b["started_ns"]) / 1e6 for b in baseline])
    base_cpu = median([b["cpu_ticks"] * 1000 / b["hz"] for b in baseline])
    lines += ["## Start to ready", "",
              "Median of three starts, in ms since the process was started (no pending migrations; Production; the "
              "phases from the log's timestamps and from polling every 10 ms):", "",
              "| phase | API | baseline |", "| --- | ---: | ---: |",
              f"| the runtime up and the host built: the host starts | {ms(median([r['host'] for r in runs]))} | – |",
              f"| Kestrel listening (the hosted services started, the pipeline built) | {ms(median([r['listening'] for r in runs]))} | – |",
              f"| the first answer (`/health/live`: routing and middleware on first use) | {ms(median([r['live'] for r in runs]))} | {ms(base_live)} |",
              f"| ready (`/health/ready`: the first database round trip) | {ms(median([r['ready'] for r in runs]))} | – |",
              f"| CPU spent by then (both cores) | {ms(median([r['cpu'] for r in runs]))} | {ms(base_cpu)} |", ""]
    for label, name in (("API", "start"), ("baseline", "baseline-start")):
        jit = jit_summary(results, name)
        if jit:
            owners = ", ".join(f"{owner} {count:,}" for owner, count in jit["owners"])
            tiers = ", ".join(f"{tier} {count:,}" for tier, count in jit["tiers"].most_common())
            lines.append(f"- The {label} had the JIT compile {jit['total']:,} methods by then ({tiers}); by declaring "
                         f"namespace: {owners}.")
    lines += ["- The API is published ReadyToRun; what the JIT still compiles is mostly generic code instantiated over "
              "types of another assembly (async state machines, collections, JSON converters, EF Core's and Npgsql's "
              "generics over the application's types), which ReadyToRun cannot compile ahead of time outside one version "
              "bubble.", ""]

    # Memory.
    columns = [("API at ready", "memory-ready-start1.json"), ("API after the list load", "memory-after-list.json"),
               ("API after the rushes", "memory-after-rush.json"), ("baseline at ready", "baseline-memory-ready-start1.json"),
               ("baseline after its list load", "baseline-memory-after.json")]
    loaded = [(label, load(results, name)) for label, name in columns]
    loaded = [(label, data) for label, data in loaded if data]
    lines += ["## Memory", "", "Resident memory by kind, in MB (from `/proc/<pid>/smaps`; the benchmark's figure is the "
              "peak of the total, `VmHWM`). With W^X on, as deployed, the code the JIT writes is mapped twice (writable and "
              "executable), and both mappings count in the total; the instances profiled with perf run without W^X, so "
              "after their loads that code counts as anonymous memory, once:", "",
              "| kind | " + " | ".join(label for label, _ in loaded) + " |",
              "| --- |" + " ---: |" * len(loaded)]
    for key, label in MEMORY_KINDS:
        if any(data["kb"].get(key) for _, data in loaded):
            lines.append(f"| {label} | " + " | ".join(f"{data['kb'].get(key, 0) / 1024:,.0f}" for _, data in loaded) + " |")
    lines.append("| **total** | " + " | ".join(f"**{data['total_kb'] / 1024:,.0f}**" for _, data in loaded) + " |")
    lines.append("| peak so far (`VmHWM`) | " + " | ".join(f"{data['peak_kb'] / 1024:,.0f}" for _, data in loaded) + " |")
    lines.append("")

    # CPU per request.
    loads = [("API: the queried list", "api-list"), ("baseline: the same list", "baseline-list"),
             ("API: the cached feed, Brotli", "feed-br"), ("API: the cached feed, uncompressed", "feed-plain"),
             ("API: `/health/live`", "health")]
    measured = []
    for label, name in loads:
        figures, categories = load(results, f"load-{name}.json"), load(results, f"categories-{name}.json")
        if figures and categories and figures["requests"] and categories["samples"]:
            cpu_ms = figures["cpu_ticks"] * 1000 / figures["hz"] / figures["requests"]
            measured.append((label, figures, categories, cpu_ms))
    lines += ["## Where the CPU of a request goes", "",
              "CPU per request (the server's CPU time over a 10 s run at 64 connections, divided by its requests), split "
              "by 8 s of `perf` samples at 499 Hz taken during a second run; each sample goes to the first frame, from the "
              "leaf up, that belongs to a component, so a base-library helper counts for its caller. In µs per request:", "",
              "| component | " + " | ".join(label for label, *_ in measured) + " |",
              "| --- |" + " ---: |" * len(measured)]
    for key, label in COMPONENTS:
        if any(categories["components"].get(key) for _, _, categories, _ in measured):
            lines.append(f"| {label} | " + " | ".join(
                f"{categories['components'].get(key, 0) / categories['samples'] * cpu * 1000:,.0f}"
                for _, _, categories, cpu in measured) + " |")
    lines.append("| **total** | " + " | ".join(f"**{cpu * 1000:,.0f}**" for *_, cpu in measured) + " |")
    lines.append("| requests/s | " + " | ".join(f"{f['requests'] / f['seconds']:,.0f}" for _, f, _, _ in measured) + " |")
    lines.append("| bytes per answer (body) | " + " | ".join(f"{f['bytes']:,}" for _, f, _, _ in measured) + " |")
    lines.append("")

    # The rush.
    lines += ["## The registration rush", "",
              "1,000 submissions from 64 clients to one event of 500 seats (after the bench tool's 250 untimed warm-up "
              "submissions to another event), on a fresh instance, then again on the same instance once both events' "
              "registrations were deleted. PostgreSQL's CPU is that of all its processes.", "",
              "| run | seconds | p50 ms | p99 ms | accepted | API CPU s | PostgreSQL CPU s | methods JIT-compiled during the run |",
              "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for label, name in (("fresh instance", "first"), ("same instance, again", "second")):
        rush, cpu = load(results, f"rush-{name}.json"), load(results, f"rush-{name}-cpu.json")
        if rush and cpu:
            lines.append(f"| {label} | {rush['seconds']:.2f} | {rush['p50Ms']:.0f} | {rush['p99Ms']:.0f} | {rush['status2xx']:,} | "
                         f"{cpu['api_ticks'] / cpu['hz']:.2f} | {cpu['postgres_ticks'] / cpu['hz']:.2f} | {cpu['jit_methods']:,} |")
    lines.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "memory":
        memory(int(sys.argv[2]), sys.argv[3])
    elif command == "categorise":
        categorise()
    elif command == "report":
        report(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
