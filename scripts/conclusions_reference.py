#!/usr/bin/env python3
"""The conclusions fixture (bursts, deployments, proactive inits, cost) and its expected values.

Writes, from a seeded generator (SEED below) and nothing else:
  Fixtures/conclusions/logs/<function>.json          `aws logs filter-log-events --output json`, one per function
  Fixtures/conclusions/cloudtrail-lookup-events.json `aws cloudtrail lookup-events --output json`
  Fixtures/conclusions/truth.csv                      one row per invocation: category, burst, deploy (from the generator)
  Tests/ColdVizCoreTests/Conclusions/ConclusionsReference.swift   expected groups, computed with numpy/pandas

The expected values are computed from the generator's own records (never from coldviz). The script then
reads its JSON files back with pandas, parses the messages, recomputes everything and asserts that both
agree, and asserts each placed case (burst boundaries, nearest burst, deploy boundaries, proactive gaps).

Run from the repository root:
    python3 -m venv bench/.venv && bench/.venv/bin/pip install -q numpy pandas
    bench/.venv/bin/python scripts/conclusions_reference.py
    swift format --in-place Tests/ColdVizCoreTests/Conclusions/ConclusionsReference.swift  # wraps for `make lint`
A second run writes the same bytes. Versions used: numpy 2.4.6, pandas 3.1.1 (Python 3.11.7).
"""
import json
import math
import re
import uuid
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pandas as pd

assert np.__version__ == "2.4.6" and pd.__version__ == "3.1.1", (np.__version__, pd.__version__)

SEED = 20240305
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "Fixtures" / "conclusions"
SWIFT = ROOT / "Tests" / "ColdVizCoreTests" / "Conclusions" / "ConclusionsReference.swift"

DAY_MS = 1709510400000  # 2024-03-04T00:00:00Z
REGION, ACCOUNT = "eu-west-1", "123456789012"
RUNTIME = ("INIT_START Runtime Version: python:3.9.v40\tRuntime Version ARN: arn:aws:lambda:eu-west-1::runtime:"
           "e6a1195391b7c21137f6d1788a37bc76c71b5df72c5b151efb78a7b5f78c24df\n")

# Definitions (see Fixtures/conclusions/README.md).
BURST_GAP_MS = 60_000
POST_DEPLOY_MS = 900_000
PROACTIVE_GAP_MS = 1000.0
USD_PER_GB_SECOND = 0.0000166667
USD_PER_REQUEST = 0.20 / 1e6
PERCENTILES = [50, 90, 95, 99]


def at(h, m, s=0, ms=0):
    return DAY_MS + ((h * 60 + m) * 60 + s) * 1000 + ms


def iso(ms, z=True):
    t = datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
    assert ms % 1000 == 0
    return t.strftime("%Y-%m-%dT%H:%M:%S") + ("Z" if z else "+00:00")


def hms(ms):
    t = datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
    return t.strftime("%H:%M:%S.") + f"{ms % 1000:03d}"


FUNCTIONS = {  # name: (method, memory MB)
    "perf_image_Python39_1024": ("image", 1024),
    "perf_zip_Python39_1024": ("zip", 1024),
    "perf_zip_Python39_2048": ("zip", 2048),
    "perf_zip_layers_Python39_1024": ("zip_layers", 1024),
}
IMG, ZIP, ZIP2, LAY = FUNCTIONS

DEPLOYMENTS = [  # (function, epoch ms), time order
    (ZIP, at(8, 0)),      # 1 h before burst 1: zip 1024 is `steady` in bursts 1 and 2
    (ZIP2, at(8, 50)),    # 10 min before burst 1: zip 2048 is `post-deploy` until 09:05:00.000 inclusive
    (ZIP, at(10, 50)),    # 10 min before burst 3: zip 1024 `post-deploy` 10:50:00.000-11:05:00.000
    (IMG, at(10, 55)),    # 5 min before burst 3: image `unknown` before, `post-deploy` until 11:10:00.000
]                         # zip_layers: never deployed (a GetFunction of it in CloudTrail is no deployment)

# Bursts: (first cold start, last cold start) REPORT times; fixed first/last owners below.
BURSTS = [
    (at(9, 0, 0), at(9, 1, 30)),
    (at(9, 3, 10), at(9, 5, 0)),     # 100 s after burst 1: the two widened spans overlap 09:02:10-09:02:30
    (at(11, 0, 0), at(11, 2, 30)),   # main cold starts to 11:01:30.000, one more exactly 60,000 ms later
]


class Gen:
    def __init__(self, seed):
        self.rng = np.random.default_rng(seed)

    def integer(self, lo, hi):  # inclusive
        return int(self.rng.integers(lo, hi + 1))

    def hundredths(self, lo, hi):
        """A millisecond value with two decimals whose last decimal is never 0, as integer hundredths."""
        c = self.integer(round(lo * 100), round(hi * 100))
        return c + 1 if c % 10 == 0 else c

    def uuid4(self):
        return str(uuid.UUID(bytes=self.rng.bytes(16), version=4))

    def hex32(self):
        return self.rng.bytes(16).hex()


def ms_text(c):
    return f"{c // 100}.{c % 100:02d}"


def ceil_c(c):
    return -(-c // 100)


class Env:
    """One execution environment (log stream)."""

    def __init__(self, g, function, kind):
        self.function = function
        self.method, self.memory = FUNCTIONS[function]
        self.stream = f"2024/03/04/[$LATEST]{g.hex32()}"
        self.kind = kind  # "cold" or "proactive" (what the generator meant it to be)
        self.init_start = None
        self.init_c = None
        self.bill_init = False
        self.invocations = []  # dicts
        self.base_mem = g.integer(182, 300)


class Builder:
    def __init__(self):
        self.g = Gen(SEED)
        self.envs = []

    # -- durations -----------------------------------------------------------------------------
    def warm_c(self, env):
        centre = 180.0 if env.memory == 1024 else 95.0
        while True:
            c = int(round(centre * 100 * float(np.exp(self.g.rng.normal(0.0, 0.25)))))
            c = c + 1 if c % 10 == 0 else c
            if 2000 <= c <= 60000:
                return c

    def init_for(self, env, burst):
        g = self.g
        if env.method == "zip":
            return g.hundredths(2500, 3450) if burst in (1, 3) else g.hundredths(2850, 3050)
        if env.method == "zip_layers":
            return g.hundredths(2700, 3600) if burst in (1, 3) else g.hundredths(3150, 3350)
        if burst == 3:  # right after the image deployment
            return g.hundredths(7000, 10000)
        return g.hundredths(2000, 9000) if g.rng.random() < 0.2 else g.hundredths(1100, 2000)

    def add(self, env, start, report, dur_c, first):
        if first:
            if env.bill_init:
                while (dur_c + env.init_c) % 100 == 0:  # keep Duration + Init strictly below Billed
                    dur_c += 1 if (dur_c + 1) % 10 else 2
                billed = ceil_c(dur_c + env.init_c)
            else:
                billed = ceil_c(dur_c)
        else:
            billed = ceil_c(dur_c)
        mem = min(env.memory, env.base_mem + len(env.invocations) * self.g.integer(0, 3))
        if env.invocations:
            assert start > env.invocations[-1]["report"], (env.stream, hms(start))
        env.invocations.append(dict(
            function=env.function, method=env.method, memory=env.memory, stream=env.stream,
            request_id=self.g.uuid4(), init_start=env.init_start, start=start, report=report,
            duration_c=dur_c, billed=billed, max_memory=mem, init_c=env.init_c if first else None))

    # -- environments --------------------------------------------------------------------------
    def cold_env(self, function, burst, report, gap=None):
        """A cold start whose REPORT is at `report`; START − (INIT_START + Init) is `gap` (ms, float) or 0-3 ms."""
        env = Env(self.g, function, "cold")
        env.burst = burst
        env.init_c = self.init_for(env, burst)
        dur_c = int(self.warm_c(env) * float(self.g.rng.uniform(1.6, 2.6)))
        dur_c = dur_c + 1 if dur_c % 10 == 0 else dur_c
        start = report - ceil_c(dur_c)
        if gap is None:
            env.init_start = start - ceil_c(env.init_c) - self.g.integer(0, 2)
        else:  # gap = whole ms + (1 − init's fraction): pick the init's fraction to make it exact
            whole, frac = divmod(round(gap * 100), 100)
            env.init_c = env.init_c // 100 * 100 + (100 - frac)
            env.init_start = start - (env.init_c + whole * 100 + frac) // 100
            assert (start - env.init_start) * 100 - env.init_c == round(gap * 100)
        env.pending_first = (start, report, dur_c)
        self.envs.append(env)
        return env

    def proactive_env(self, function, init_start, start, burst_hint, gap=None):
        env = Env(self.g, function, "proactive")
        env.burst = burst_hint
        env.init_c = self.init_for(env, 1)
        if gap is not None:
            whole, frac = divmod(round(gap * 100), 100)
            env.init_c = env.init_c // 100 * 100 + (100 - frac)
            init_start = start - (env.init_c + whole * 100 + frac) // 100
        env.init_start = init_start
        dur_c = int(self.warm_c(env) * float(self.g.rng.uniform(1.6, 2.6)))
        dur_c = dur_c + 1 if dur_c % 10 == 0 else dur_c
        env.pending_first = (start, start + ceil_c(dur_c), dur_c)
        self.envs.append(env)
        return env

    def build(self):
        g = self.g
        per_burst = {1: 5, 2: 4, 3: 5}
        fixed = {  # (burst, function): cold-start REPORT times placed exactly
            (1, ZIP): [BURSTS[0][0]], (1, IMG): [BURSTS[0][1]],
            (2, LAY): [BURSTS[1][0]], (2, ZIP2): [BURSTS[1][1]],
            (3, IMG): [BURSTS[2][0]], (3, ZIP): [at(11, 1, 30)], (3, LAY): [at(11, 2, 30)],
        }
        self.by = {}  # (burst, function) -> envs, by cold-start time
        for b, (first, last) in enumerate(BURSTS, 1):
            inner_last = at(11, 1, 30) if b == 3 else last
            for f in FUNCTIONS:
                times = list(fixed.get((b, f), []))
                while len(times) < per_burst[b]:
                    t = g.integer(first + 1, inner_last - 1)
                    if all(abs(t - u) > 500 for u in times):
                        times.append(t)
                envs = []
                for t in sorted(times):
                    gap = None
                    if (b, f) == (1, LAY) and not envs:
                        gap = 400.37   # positive gap below 1000 ms: a normal cold start
                    if (b, f) == (2, IMG) and not envs:
                        gap = 999.63   # just below the threshold: still cold
                    envs.append(self.cold_env(f, b, t, gap))
                self.by[(b, f)] = envs
        cold = [e for e in self.envs]
        order = g.rng.permutation(len(cold))
        for i in order[: len(cold) // 2]:  # half the cold starts bill their init
            cold[int(i)].bill_init = True

        # Proactive initialisations: INIT_START long before the first START.
        p1 = self.proactive_env(IMG, at(8, 57, 20, g.integer(0, 999)), at(9, 2, 25), 2)
        p1.bill_init = True
        p2 = self.proactive_env(ZIP, at(10, 0), at(10, 5), None)
        p3 = self.proactive_env(LAY, at(10, 54), at(10, 59, 20), 3)
        p4 = self.proactive_env(ZIP2, None, at(9, 0, 40), 1, gap=1000.37)  # just above the threshold
        self.proactive = [p1, p2, p3, p4]

        for env in self.envs:
            start, report, dur_c = env.pending_first
            self.add(env, start, report, dur_c, first=True)

        # Placed warm invocations: (env, REPORT time, what it tests).
        b = self.by
        self.placed = [
            (b[(1, ZIP)][0], at(9, 2, 5), "burst 1 only (09:02:05 is before burst 2's widened start)"),
            (b[(1, LAY)][1], at(9, 2, 15), "both spans, nearer burst 1 (45 s vs 55 s)"),
            (b[(1, IMG)][0], at(9, 2, 20), "both spans, tie (50 s each): the earlier burst 1"),
            (b[(1, ZIP2)][0], at(9, 2, 20, 1), "both spans, nearer burst 2 by 2 ms"),
            (b[(1, ZIP)][1], at(9, 2, 27, 500), "both spans, nearer burst 2"),
            (b[(1, ZIP2)][1], at(9, 5, 0, 1), "zip 2048: 1 ms after post-deploy ends (steady), burst 2"),
            (b[(2, LAY)][1], at(9, 6, 0), "burst 2's last + 60,000 ms (inclusive)"),
            (b[(2, LAY)][2], at(9, 6, 0, 1), "burst 2's last + 60,001 ms: unknown"),
            (p2, at(10, 20), "proactive env, warm: unknown burst, zip steady"),
            (b[(2, ZIP)][0], at(10, 49, 59, 999), "zip 1024: 1 ms before the 10:50 deployment (steady)"),
            (p2, at(10, 50), "zip 1024: at the deployment (t − d = 0, post-deploy)"),
            (b[(2, ZIP)][1], at(10, 58, 59, 999), "burst 3's first − 60,001 ms: unknown"),
            (p2, at(10, 59), "burst 3's first − 60,000 ms (inclusive)"),
            (p3, at(10, 59, 45), "warm before burst 3's first cold start"),
            (p2, at(11, 0, 30), "older env's warm inside burst 3's span"),
            (b[(3, LAY)][0], at(11, 3, 30), "burst 3's last + 60,000 ms (inclusive)"),
            (b[(3, IMG)][1], at(11, 3, 30, 1), "burst 3's last + 60,001 ms: unknown"),
            (p2, at(11, 5), "zip 1024: exactly 15 min after the deployment (post-deploy)"),
            (b[(3, ZIP)][0], at(11, 5, 0, 1), "zip 1024: 15 min + 1 ms (steady)"),
            (b[(3, IMG)][2], at(11, 10), "image: exactly 15 min after the deployment (post-deploy)"),
            (b[(3, IMG)][3], at(11, 10, 0, 1), "image: 15 min + 1 ms (steady)"),
            (p1, at(9, 4, 40), "image proactive env, warm in burst 2"),
            (p4, at(9, 1, 10), "zip 2048 proactive env, warm in burst 1"),
        ]
        wanted = {}
        for env, t, _ in self.placed:
            wanted.setdefault(id(env), []).append(t)

        # Random warm invocations around the placed ones (at least 1.5 s from any other of the env).
        windows = {1: [(None, at(9, 2, 0), (1, 3))], 2: [(None, at(9, 5, 55), (1, 3))],
                   3: [(None, at(11, 3, 25), (1, 3))]}
        extra_b2 = (at(9, 3, 10), at(9, 5, 55))
        far = {1: (at(9, 15), at(9, 45)), 2: (at(9, 15), at(9, 45)), 3: (at(11, 15), at(11, 45))}
        for env in self.envs:
            first_report = env.invocations[0]["report"]
            times = list(wanted.get(id(env), []))
            taken = [first_report] + times

            def place(lo, hi, k):
                for _ in range(k):
                    for _attempt in range(200):
                        t = g.integer(lo, hi)
                        if t > first_report + 1500 and all(abs(t - u) >= 1500 for u in taken):
                            taken.append(t)
                            times.append(t)
                            break

            if env.kind == "cold":
                for _, hi, (klo, khi) in windows[env.burst]:
                    place(first_report, hi, g.integer(klo, khi))
                if env.burst == 1 and g.rng.random() < 0.5:
                    place(*extra_b2, g.integer(1, 2))
                place(*far[env.burst], int(g.rng.choice([0, 1, 1, 2])))
            elif env is p1:
                place(at(9, 3, 10), at(9, 5, 55), 2)
                place(*far[1], 1)
            elif env is p3:
                place(at(11, 0), at(11, 3, 25), 2)
            elif env is p4:
                place(at(9, 0, 41), at(9, 2, 0), 1)
            for t in sorted(times):
                dur_c = self.warm_c(env)
                self.add(env, t - ceil_c(dur_c), t, dur_c, first=False)

    # -- outputs -------------------------------------------------------------------------------
    def events(self, function):
        g = self.g
        out = []
        for env in self.envs:
            if env.function != function:
                continue
            batches = [[(env.init_start, RUNTIME)]]
            for i, inv in enumerate(env.invocations):
                rid = inv["request_id"]
                report = (f"REPORT RequestId: {rid}\tDuration: {ms_text(inv['duration_c'])} ms\t"
                          f"Billed Duration: {inv['billed']} ms\tMemory Size: {inv['memory']} MB\t"
                          f"Max Memory Used: {inv['max_memory']} MB\t")
                if inv["init_c"] is not None:
                    report += f"Init Duration: {ms_text(inv['init_c'])} ms\t"
                batches.append([(inv["start"], f"START RequestId: {rid} Version: $LATEST\n"),
                                (inv["report"], f"END RequestId: {rid}\n"),
                                (inv["report"], report + "\n")])
            for batch in batches:
                ingestion = batch[-1][0] + g.integer(150, 2500)
                middle = int.from_bytes(g.rng.bytes(8), "big")
                for index, (ts, message) in enumerate(batch):
                    out.append({"logStreamName": env.stream, "timestamp": ts, "message": message,
                                "ingestionTime": ingestion,
                                "eventId": str((ts << 144) | (ingestion << 80) | (middle << 16) | index)})
        out.sort(key=lambda e: (e["timestamp"], int(e["eventId"])))
        return out

    def cloudtrail(self):
        g = self.g
        records = []

        def record(ms, source, name, read_only, params, response, resources, user="deployer"):
            event_id = g.uuid4()
            request_id = g.uuid4()
            trail = {
                "eventVersion": "1.09",
                "userIdentity": {
                    "type": "IAMUser", "principalId": "AIDAEXAMPLEDEPLOYER01",
                    "arn": f"arn:aws:iam::{ACCOUNT}:user/{user}", "accountId": ACCOUNT,
                    "accessKeyId": "AKIAIOSFODNN7EXAMPLE", "userName": user},
                "eventTime": iso(ms), "eventSource": source, "eventName": name, "awsRegion": REGION,
                "sourceIPAddress": "203.0.113.10", "userAgent": "aws-cli/2.15.25 Python/3.11.8 Linux/6.5.0",
                "requestParameters": params, "responseElements": response, "requestID": request_id,
                "eventID": event_id, "readOnly": read_only, "eventType": "AwsApiCall",
                "managementEvent": True, "recipientAccountId": ACCOUNT, "eventCategory": "Management",
            }
            records.append((ms, {
                "EventId": event_id, "EventName": name, "ReadOnly": "true" if read_only else "false",
                "AccessKeyId": "AKIAIOSFODNN7EXAMPLE", "EventTime": iso(ms, z=False), "EventSource": source,
                "Username": user, "Resources": resources,
                "CloudTrailEvent": json.dumps(trail, separators=(",", ":")),
            }))

        def arn(f):
            return f"arn:aws:lambda:{REGION}:{ACCOUNT}:function:{f}"

        for f, ms in DEPLOYMENTS:
            method = FUNCTIONS[f][0]
            params = {"functionName": arn(f), "publish": False, "dryRun": False}
            if method == "image":
                params["imageUri"] = f"{ACCOUNT}.dkr.ecr.{REGION}.amazonaws.com/perf:python39"
            else:
                params["s3Bucket"] = "perf-artifacts"
                params["s3Key"] = f"{f}.zip"
            response = {"functionName": f, "functionArn": arn(f), "role": f"arn:aws:iam::{ACCOUNT}:role/perf",
                        "codeSize": 52_428_800 if method == "image" else 4_194_304,
                        "timeout": 60, "memorySize": FUNCTIONS[f][1],
                        "lastModified": datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
                        .strftime("%Y-%m-%dT%H:%M:%S.000+0000"),
                        "codeSha256": g.rng.bytes(32).hex(), "version": "$LATEST", "state": "Active",
                        "lastUpdateStatus": "InProgress", "packageType": "Image" if method == "image" else "Zip"}
            if method != "image":
                response["runtime"] = "python3.9"
                response["handler"] = "handler.main"
            record(ms, "lambda.amazonaws.com", "UpdateFunctionCode20150331v2", False, params, response,
                   [{"ResourceType": "AWS::Lambda::Function", "ResourceName": f}])
        record(at(9, 30), "lambda.amazonaws.com", "GetFunction20150331v2", True,
               {"functionName": arn(LAY)}, None,
               [{"ResourceType": "AWS::Lambda::Function", "ResourceName": LAY}], user="reader")
        record(at(10, 52), "ec2.amazonaws.com", "RunInstances", False,
               {"instancesSet": {"items": [{"imageId": "ami-0123456789abcdef0", "minCount": 1, "maxCount": 1}]},
                "instanceType": "t3.micro"},
               {"instancesSet": {"items": [{"instanceId": "i-0abc123def4567890"}]}},
               [{"ResourceType": "AWS::EC2::Instance", "ResourceName": "i-0abc123def4567890"},
                {"ResourceType": "AWS::EC2::Ami", "ResourceName": "ami-0123456789abcdef0"}])
        records.sort(key=lambda r: -r[0])  # lookup-events lists the newest first
        return {"Events": [r[1] for r in records]}


# ----------------------------------------------------------------------------------------------
# The definitions, with pandas/numpy, on a table of invocations:
# function, method, memory, stream, init_start, start, report, duration, billed, init (NaN when absent)


def classify(df, deployments):
    df = df.copy()
    has_init = df["init"].notna()
    gap = df["start"] - (df["init_start"] + df["init"])
    df["category"] = np.where(has_init & (gap > PROACTIVE_GAP_MS), "proactive",
                              np.where(has_init, "cold", "warm"))
    df["time"] = df["report"]

    cold_times = np.sort(df.loc[df["category"] == "cold", "time"].to_numpy())
    splits = np.flatnonzero(np.diff(cold_times) > BURST_GAP_MS) + 1
    bursts = [(int(c[0]), int(c[-1])) for c in np.split(cold_times, splits)]

    def burst_of(t, category):
        if category == "cold":
            hits = [k for k, (a, b) in enumerate(bursts, 1) if a <= t <= b]
            assert len(hits) == 1
            return str(hits[0])
        best = None
        for k, (a, b) in enumerate(bursts, 1):
            if a - BURST_GAP_MS <= t <= b + BURST_GAP_MS:
                d = 0 if a <= t <= b else (a - t if t < a else t - b)
                if best is None or d < best[0]:
                    best = (d, k)
        return "unknown" if best is None else str(best[1])

    df["burst"] = [burst_of(int(t), c) for t, c in zip(df["time"], df["category"])]

    def deploy_of(f, t):
        ds = [d for g, d in deployments if g == f and d <= t]
        if not ds:
            return "unknown"
        return "post-deploy" if t - max(ds) <= POST_DEPLOY_MS else "steady"

    df["deploy"] = [deploy_of(f, int(t)) for f, t in zip(df["function"], df["time"])]
    gb = df["memory"] / 1024.0
    df["gb_seconds"] = df["billed"] / 1000.0 * gb
    bills_init = has_init & (df["billed"] >= df["duration"] + df["init"])
    df["bills_init"] = bills_init
    df["init_gb_seconds"] = np.where(bills_init, df["init"] / 1000.0 * gb, 0.0)
    return df, bursts


def stats(values):
    a = np.asarray(values, dtype=np.float64)
    if a.size == 0:
        return None
    p = np.percentile(a, PERCENTILES, method="linear")
    return dict(count=int(a.size), mean=float(np.mean(a)), min=float(a.min()), max=float(a.max()),
                p50=float(p[0]), p90=float(p[1]), p95=float(p[2]), p99=float(p[3]))


def groups(df, dims):
    out = []
    keyed = df.assign(key=df[dims].astype(str).agg(" / ".join, axis=1))
    for key, g in keyed.groupby("key", sort=False):
        n = len(g)
        gbs = math.fsum(g["gb_seconds"])
        usd = gbs * USD_PER_GB_SECOND + n * 0.20 / 1e6
        out.append(dict(
            key=key, invocations=n,
            coldStarts=int((g["category"] == "cold").sum()),
            proactiveInits=int((g["category"] == "proactive").sum()),
            warmStarts=int((g["category"] == "warm").sum()),
            initDuration=stats(g.loc[g["category"] == "cold", "init"]),
            proactiveInitDuration=stats(g.loc[g["category"] == "proactive", "init"]),
            gbSeconds=gbs, initGbSeconds=math.fsum(g["init_gb_seconds"]),
            usd=usd, usdPerMillionInvocations=usd / n * 1e6))
    return sorted(out, key=lambda r: r["key"])


def generation_table(builder):
    rows = [inv for env in builder.envs for inv in env.invocations]
    df = pd.DataFrame(rows)
    df["duration"] = df["duration_c"] / 100.0
    df["init"] = pd.to_numeric(df["init_c"], errors="coerce") / 100.0
    return df


REPORT_RE = re.compile(r"REPORT RequestId: (\S+)\tDuration: ([\d.]+) ms\tBilled Duration: (\d+) ms\t"
                       r"Memory Size: (\d+) MB\tMax Memory Used: (\d+) MB\t(?:Init Duration: ([\d.]+) ms\t)?\n$")


def read_back():
    """The fixture's JSON read with pandas, parsed into the same table."""
    rows = []
    for path in sorted((OUT / "logs").glob("*.json")):
        doc = json.loads(path.read_text())
        assert set(doc) == {"events", "searchedLogStreams"} and doc["searchedLogStreams"] == []
        ev = pd.DataFrame(doc["events"])
        assert list(ev.columns) == ["logStreamName", "timestamp", "message", "ingestionTime", "eventId"]
        assert ev["timestamp"].is_monotonic_increasing
        function = path.stem
        init_start = ev[ev["message"].str.startswith("INIT_START ")].set_index("logStreamName")["timestamp"]
        assert init_start.index.is_unique
        starts = ev[ev["message"].str.startswith("START ")]
        start_of = {m.split()[2]: t for m, t in zip(starts["message"], starts["timestamp"])}
        ends = ev[ev["message"].str.startswith("END ")]
        end_of = {m.split()[2]: t for m, t in zip(ends["message"], ends["timestamp"])}
        for stream, ts, msg in ev[ev["message"].str.startswith("REPORT ")][
                ["logStreamName", "timestamp", "message"]].itertuples(index=False):
            m = REPORT_RE.fullmatch(msg)
            assert m, msg
            rid = m.group(1)
            assert end_of[rid] <= ts and start_of[rid] < ts
            rows.append(dict(function=function, method=FUNCTIONS[function][0], memory=int(m.group(4)),
                             stream=stream, request_id=rid, init_start=int(init_start[stream]),
                             start=int(start_of[rid]), report=int(ts), duration=float(m.group(2)),
                             billed=int(m.group(3)), init=float(m.group(6)) if m.group(6) else np.nan))
    return pd.DataFrame(rows)


# ----------------------------------------------------------------------------------------------
# Swift


def lit(x):
    return repr(float(x))


def swift_stats(s):
    if s is None:
        return "nil"
    return (f"Stats(count: {s['count']}, mean: {lit(s['mean'])}, min: {lit(s['min'])}, max: {lit(s['max'])}, "
            f"p50: {lit(s['p50'])}, p90: {lit(s['p90'])}, p95: {lit(s['p95'])}, p99: {lit(s['p99'])})")


def swift_groups(name, doc, rows):
    w = [f"    /// {doc}", f"    static let {name}: [Group] = ["]
    for r in rows:
        w += [f"        Group(",
              f"            key: {json.dumps(r['key'])}, invocations: {r['invocations']}, "
              f"coldStarts: {r['coldStarts']}, proactiveInits: {r['proactiveInits']}, warmStarts: {r['warmStarts']},",
              f"            initDuration: {swift_stats(r['initDuration'])},",
              f"            proactiveInitDuration: {swift_stats(r['proactiveInitDuration'])},",
              f"            gbSeconds: {lit(r['gbSeconds'])}, initGbSeconds: {lit(r['initGbSeconds'])}, "
              f"usd: {lit(r['usd'])}, usdPerMillionInvocations: {lit(r['usdPerMillionInvocations'])}),"]
    w.append("    ]")
    return w


def swift(by_burst, by_deploy, df):
    w = [f"// Generated by scripts/conclusions_reference.py with numpy {np.__version__} and pandas {pd.__version__}; "
         "do not edit.",
         f"// Input: Fixtures/conclusions (synthetic, seed {SEED}); values computed from the generator's records, "
         "not by coldviz.",
         "",
         "enum ConclusionsReference {",
         "    struct Stats {",
         "        let count: Int",
         "        let mean: Double",
         "        let min: Double",
         "        let max: Double",
         "        let p50: Double",
         "        let p90: Double",
         "        let p95: Double",
         "        let p99: Double",
         "    }",
         "",
         "    struct Group {",
         "        let key: String",
         "        let invocations: Int",
         "        let coldStarts: Int",
         "        let proactiveInits: Int",
         "        let warmStarts: Int",
         "        let initDuration: Stats?",
         "        let proactiveInitDuration: Stats?",
         "        let gbSeconds: Double",
         "        let initGbSeconds: Double",
         "        let usd: Double",
         "        let usdPerMillionInvocations: Double",
         "    }",
         "",
         "    /// The UpdateFunctionCode events of Fixtures/conclusions/cloudtrail-lookup-events.json, in time order.",
         "    static let deployments: [(function: String, iso8601: String)] = ["]
    w += [f"        ({json.dumps(f)}, {json.dumps(iso(ms))})," for f, ms in DEPLOYMENTS]
    w += ["    ]", ""]
    w += swift_groups("byMethodBurst", "Dimensions method, burst; sorted by key; non-empty groups only.", by_burst)
    w.append("")
    w += swift_groups("byMethodDeploy", "Dimensions method, deploy; sorted by key; non-empty groups only.", by_deploy)
    w += ["",
          "    static let totals = (invocations: {}, coldStarts: {}, proactiveInits: {})".format(
              len(df), int((df["category"] == "cold").sum()), int((df["category"] == "proactive").sum())),
          "}", ""]
    return "\n".join(w)


# ----------------------------------------------------------------------------------------------


def check_placed(df, bursts, builder):
    assert bursts == [(BURSTS[0][0], BURSTS[0][1]), (BURSTS[1][0], BURSTS[1][1]), (BURSTS[2][0], BURSTS[2][1])], \
        [(hms(a), hms(b)) for a, b in bursts]
    assert 60_000 < BURSTS[1][0] - BURSTS[0][1] < 120_000
    by_time = df.set_index("time")
    expect = {
        at(9, 2, 5): ("1", None), at(9, 2, 15): ("1", None), at(9, 2, 20): ("1", None),
        at(9, 2, 20, 1): ("2", "post-deploy"), at(9, 2, 27, 500): ("2", "steady"),
        at(9, 5, 0): ("2", "post-deploy"), at(9, 5, 0, 1): ("2", "steady"),
        at(9, 6, 0): ("2", "unknown"), at(9, 6, 0, 1): ("unknown", "unknown"),
        at(10, 49, 59, 999): ("unknown", "steady"), at(10, 50): ("unknown", "post-deploy"),
        at(10, 58, 59, 999): ("unknown", "post-deploy"), at(10, 59): ("3", "post-deploy"),
        at(11, 2, 30): ("3", "unknown"), at(11, 3, 30): ("3", "unknown"),
        at(11, 3, 30, 1): ("unknown", "post-deploy"),
        at(11, 5): ("unknown", "post-deploy"), at(11, 5, 0, 1): ("unknown", "steady"),
        at(11, 10): ("unknown", "post-deploy"), at(11, 10, 0, 1): ("unknown", "steady"),
    }
    for t, (burst, deploy) in expect.items():
        row = by_time.loc[[t]]
        assert len(row) == 1, hms(t)
        assert row["burst"].iloc[0] == burst, (hms(t), row["burst"].iloc[0])
        assert deploy is None or row["deploy"].iloc[0] == deploy, (hms(t), row["deploy"].iloc[0])
    # Proactive environments and the near-threshold cold ones.
    firsts = df[df["init"].notna()].copy()
    firsts["gap"] = firsts["start"] - (firsts["init_start"] + firsts["init"])
    pro = firsts[firsts["category"] == "proactive"]
    assert set(pro["stream"]) == {e.stream for e in builder.proactive}
    assert pro["function"].nunique() >= 2
    assert ((firsts["gap"] > 0) & (firsts["gap"] < PROACTIVE_GAP_MS) & (firsts["gap"] > 100)).sum() == 2
    # The image proactive init lies between bursts 1 and 2: counted as cold it would join them.
    p1 = df[df["stream"] == builder.proactive[0].stream].iloc[0]
    assert p1["time"] - BURSTS[0][1] < BURST_GAP_MS and BURSTS[1][0] - p1["time"] < BURST_GAP_MS
    assert p1["burst"] == "2"
    # About half of the cold starts bill their init.
    c = df[df["category"] == "cold"]
    assert abs(int(c["bills_init"].sum()) - len(c) / 2) <= 1
    # Unique ids.
    assert df["request_id"].is_unique and df.groupby("stream")["init_start"].nunique().max() == 1
    assert len({e.stream for e in builder.envs}) == len(builder.envs)


def main():
    builder = Builder()
    builder.build()
    gen = generation_table(builder)
    df, bursts = classify(gen, DEPLOYMENTS)
    check_placed(df, bursts, builder)
    by_burst = groups(df, ["method", "burst"])
    by_deploy = groups(df, ["method", "deploy"])

    logs = OUT / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    for old in logs.glob("*.json"):
        old.unlink()
    for f in FUNCTIONS:
        doc = {"events": builder.events(f), "searchedLogStreams": []}
        (logs / f"{f}.json").write_text(json.dumps(doc, indent=4, ensure_ascii=False) + "\n")
    (OUT / "cloudtrail-lookup-events.json").write_text(
        json.dumps(builder.cloudtrail(), indent=4, ensure_ascii=False) + "\n")
    truth = df.sort_values(["time", "stream"])[
        ["function", "method", "memory", "stream", "request_id", "init_start", "start", "report",
         "duration", "billed", "init", "category", "burst", "deploy", "bills_init"]]
    truth.to_csv(OUT / "truth.csv", index=False, lineterminator="\n", float_format="%.2f")
    SWIFT.parent.mkdir(parents=True, exist_ok=True)
    SWIFT.write_text(swift(by_burst, by_deploy, df))

    # Read the JSON back (pandas, not coldviz) and recompute: the same table and the same groups.
    back, bursts_back = classify(read_back(), DEPLOYMENTS)
    assert bursts_back == bursts
    cols = ["function", "memory", "stream", "request_id", "init_start", "start", "report", "duration", "billed",
            "init", "category", "burst", "deploy"]
    a = df.sort_values("request_id")[cols].reset_index(drop=True)
    b = back.sort_values("request_id")[cols].reset_index(drop=True)
    pd.testing.assert_frame_equal(a, b, check_dtype=False)
    assert groups(back, ["method", "burst"]) == by_burst and groups(back, ["method", "deploy"]) == by_deploy

    size = sum(p.stat().st_size for p in logs.glob("*.json"))
    print(f"{len(df)} invocations ({(df['category'] == 'cold').sum()} cold, "
          f"{(df['category'] == 'proactive').sum()} proactive), {len(builder.envs)} streams, logs {size} bytes")
    print("bursts:", [(hms(a), hms(b)) for a, b in bursts])


if __name__ == "__main__":
    main()
