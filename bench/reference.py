"""The notebook's work, as a baseline for coldviz: read the exports, find REPORT lines with a regex,
group Init Duration by packaging method with pandas, and take numpy percentiles.

Usage: reference.py text|filter-log-events|s3-export DIR
"""

import gzip
import json
import os
import re
import sys

import numpy as np
import pandas as pd

REPORT = re.compile(
    r"REPORT RequestId: (\S+)\s+Duration: ([\d.]+) ms\s+Billed Duration: ([\d.]+) ms"
    r"\s+Memory Size: (\d+) MB\s+Max Memory Used: (\d+) MB(?:\s+Init Duration: ([\d.]+) ms)?"
)
FUNCTION = re.compile(r"perf_(zip_layers|zip|image)_Python(\d+)_(\d+)")


def files(root):
    for directory, _, names in os.walk(root):
        for name in sorted(names):
            yield os.path.join(directory, name)


def opener(path):
    return gzip.open(path, "rt") if path.endswith(".gz") else open(path)


def rows(kind, root):
    for path in files(root):
        match = FUNCTION.search(path)
        if not match:
            continue
        if kind == "filter-log-events":
            with opener(path) as f:
                messages = (e["message"] for e in json.load(f)["events"])
                lines = list(messages)
        else:
            try:
                with opener(path) as f:
                    lines = f.readlines()
            except (OSError, UnicodeDecodeError):
                continue
        for line in lines:
            m = REPORT.search(line)
            if m:
                init = float(m.group(6)) if m.group(6) else np.nan
                yield match.group(1), m.group(1), float(m.group(2)), init


def main():
    kind, root = sys.argv[1], sys.argv[2]
    frame = pd.DataFrame(rows(kind, root), columns=["method", "request_id", "duration_ms", "init_ms"])
    frame = frame.drop_duplicates("request_id")
    for method, group in frame.groupby("method"):
        cold = group["init_ms"].dropna().to_numpy()
        p = np.percentile(cold, [50, 90, 95, 99]) if len(cold) else [np.nan] * 4
        print(f"{method:12} invocations {len(group):9} cold {len(cold):8} p50 {p[0]:8.1f} p90 {p[1]:8.1f} "
              f"p95 {p[2]:8.1f} p99 {p[3]:8.1f}")


if __name__ == "__main__":
    main()
