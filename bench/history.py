"""The benchmark's history: one row per run in bench/history.csv, and an SVG chart of the ratios over the full runs."""
import csv
import html
import os
import subprocess

# The ratios the chart draws, with their targets (a dashed line in the same colour; None: reported, no target).
# A column that older rows lack is read as empty there, and those runs have no point on its line.
SERIES = [
    ("list_ratio", "events list ÷ baseline", 0.85, "#1f77b4"),
    ("feed_ratio", "feed ÷ /health/live (br, gzip)", 0.95, "#2ca02c"),
    ("feed_identity_ratio", "feed ÷ /health/live (uncompressed)", 0.85, "#ff7f0e"),
    ("first5s_ratio", "first 5 s ÷ steady (cached list)", 0.5, "#9467bd"),
    ("cluster_list_ratio", "cluster ÷ single (cached list)", None, "#8c564b"),
]


def commit():
    """The commit the run measured, with "+changes" when the working tree differed from it."""
    def git(*args):
        return subprocess.run(["git", *args], capture_output=True, text=True, check=False).stdout.strip()
    head = git("rev-parse", "--short=7", "HEAD") or "unknown"
    return head + ("+changes" if git("status", "--porcelain", "--untracked-files=no") else "")


def read(path):
    if not os.path.exists(path):
        return [], []
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames or []), list(reader)


def append(path, row):
    """Adds the row; a column that earlier rows lack is added to them, empty."""
    fields, rows = read(path)
    fields += [name for name in row if name not in fields]
    rows.append(row)
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        for r in rows:
            writer.writerow({name: r.get(name, "") for name in fields})


def write_chart(csv_path, svg_path):
    _, rows = read(csv_path)
    runs = [r for r in rows if r.get("mode") == "full"]
    width, height, left, right, top, bottom = 760, 440, 50, 250, 24, 140
    plot_w, plot_h = width - left - right, height - top - bottom
    top_value = 1.2

    def x(i):
        return left + (plot_w * (i + 0.5) / max(len(runs), 1))

    def y(value):
        return top + plot_h * (1 - min(value, top_value) / top_value)

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="11">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="{left}" y="14" font-size="12">Benchmark ratios over the full runs (dashed: the target)</text>']
    for tick in (0, 0.2, 0.4, 0.6, 0.8, 1.0, 1.2):
        out.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{left - 6}" y="{y(tick) + 4:.1f}" text-anchor="end">{tick:.1f}</text>')
    for i, run in enumerate(runs):
        label = html.escape(f"{run['written'][:10]} {run['commit']}")
        out.append(f'<text transform="translate({x(i) + 4:.1f},{top + plot_h + 8}) rotate(45)">{label}</text>')
    for n, (key, name, target, colour) in enumerate(SERIES):
        if target is not None:
            out.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y(target):.1f}" y2="{y(target):.1f}" '
                       f'stroke="{colour}" stroke-dasharray="4 4" stroke-width="1"/>')
        points = [(x(i), y(float(run[key]))) for i, run in enumerate(runs) if run.get(key)]
        if len(points) > 1:
            path = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
            out.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for px, py in points:
            out.append(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3" fill="{colour}"/>')
        legend_y = top + 16 * n + 10
        out.append(f'<line x1="{left + plot_w + 14}" x2="{left + plot_w + 34}" y1="{legend_y}" y2="{legend_y}" '
                   f'stroke="{colour}" stroke-width="2"/>')
        legend = f"{name} (≥ {target})" if target is not None else f"{name} (no target)"
        out.append(f'<text x="{left + plot_w + 40}" y="{legend_y + 4}">{html.escape(legend)}</text>')
    out.append("</svg>")
    with open(svg_path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
