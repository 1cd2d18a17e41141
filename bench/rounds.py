"""Merges the rounds of one scenario (bench/run.sh, measure_pair) into <name>.json and <name>.cpu.

Requests, seconds, errors and CPU ticks are added up, so requests/s is that of all rounds together; p50 and p90 are
the median of the rounds' (wrk keeps no histogram to merge), p99 and the maximum the highest of the rounds'.
"""
import json
import os
import statistics
import sys

results, name, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
runs, ticks, hz = [], 0, None
for index in range(1, rounds + 1):
    base = os.path.join(results, f"{name}.round{index}")
    with open(base + ".json", encoding="utf-8") as f:
        runs.append(json.loads(f.read()))
    with open(base + ".cpu", encoding="utf-8") as f:
        spent, hz = f.read().split()
        ticks += int(spent)

merged = {key: sum(run[key] for run in runs) for key in
          ("requests", "errors_connect", "errors_read", "errors_write", "errors_timeout", "non_2xx_3xx")}
merged["seconds"] = sum(run["seconds"] for run in runs)
merged["rps"] = merged["requests"] / merged["seconds"]
merged["p50_ms"] = statistics.median(run["p50_ms"] for run in runs)
merged["p90_ms"] = statistics.median(run["p90_ms"] for run in runs)
merged["p99_ms"] = max(run["p99_ms"] for run in runs)
merged["max_ms"] = max(run["max_ms"] for run in runs)
merged["rounds"] = [round(run["rps"], 1) for run in runs]
with open(os.path.join(results, f"{name}.json"), "w", encoding="utf-8") as f:
    json.dump(merged, f)
with open(os.path.join(results, f"{name}.cpu"), "w", encoding="utf-8") as f:
    f.write(f"{ticks} {hz}\n")
