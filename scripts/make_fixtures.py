#!/usr/bin/env python3
"""Generate coldviz's fixture experiment in every container format coldviz reads.

Writes Fixtures/experiment/ (truth.jsonl, expected-stats.json, formats/...) from one seeded
simulation of the reference study (24 functions, 3 bursts, 5 environments per function and
burst). Deterministic: fixed seed, sorted iteration, gzip with mtime 0 and no file name, no
wall-clock time. Re-running reproduces every file byte for byte.

Usage: python3 scripts/make_fixtures.py
Layout: Fixtures/experiment/README.md. Shapes: docs/FORMATS.md (sections named there).
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import gzip
import io
import json
import math
import shutil
import zlib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import numpy as np

SEED = 20240304
ROOT = Path(__file__).resolve().parent.parent / "Fixtures" / "experiment"
FORMATS = ROOT / "formats"

ACCOUNT = "123456789012"
REGION = "eu-west-1"
METHODS = ("image", "zip", "zip_layers")
PYTHONS = (("39", "3.9"), ("311", "3.11"))
MEMORIES = (1024, 1769, 3538, 10240)
RUNTIME_VERSIONS = {"3.9": "python:3.9.v40", "3.11": "python:3.11.v33"}
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
DAY_MS = int((dt.datetime(2024, 3, 4, tzinfo=dt.timezone.utc) - EPOCH).total_seconds() * 1000)
BURST_STARTS_MS = tuple(DAY_MS + hour * 3_600_000 for hour in (9, 13, 17))
ENVIRONMENTS_PER_BURST = 5
WARM_COUNT_WEIGHTS = (0.50, 0.25, 0.15, 0.10)  # P(1..4 warm invocations after the cold one)
IMAGE_TAIL_COUNT = 10  # of the 80 steady-state image cold starts (12.5 %)
PY_INIT_FACTOR = {"3.9": 1.0, "3.11": 0.98}
MEMORY_INIT_OFFSET_MS = {1024: 0.0, 1769: -4.0, 3538: -8.0, 10240: -12.0}
WARM_DURATION_MS = {1024: 180.0, 1769: 110.0, 3538: 70.0, 10240: 45.0}
MAX_MEMORY_BASE_MB = {"image": 265, "zip": 225, "zip_layers": 240}
SUBSCRIPTION_FILTER = "coldviz-export"
INSIGHTS_FIELDS = ("@timestamp", "@log", "@logStream", "@requestId", "@duration", "@billedDuration",
                   "@initDuration", "@memorySize", "@maxMemoryUsed", "@xrayTraceId", "@message")
INSIGHTS_QUERY = """fields @timestamp, @log, @logStream, @requestId, @duration, @billedDuration, @initDuration,
       @memorySize, @maxMemoryUsed, @xrayTraceId, @message
| filter @type = "REPORT"
| sort @timestamp asc
| limit 10000
"""
INSIGHTS_WINDOWS = ((DAY_MS + 8 * 3_600_000, DAY_MS + 12 * 3_600_000),
                    (DAY_MS + 12 * 3_600_000, DAY_MS + 18 * 3_600_000))


# ----------------------------------------------------------------------------------------------
# Model


@dataclass
class Event:
    """One CloudWatch Logs event of the text log format."""
    stream: str
    timestamp: int
    message: str
    ingestion: int = 0
    event_id: str = ""


@dataclass
class Invocation:
    function: str
    method: str
    python: str
    memory: int
    burst: int
    stream: str
    request_id: str
    trace_id: str
    segment_id: str
    cold: bool
    init_start_ms: int | None
    start_ms: int
    app_ms: int
    report_ms: int
    init_cents: int | None
    duration_cents: int
    billed_ms: int
    max_memory_mb: int
    runtime_done_cents: int = 0
    produced_bytes: int = 0


@dataclass
class Stream:
    function: str
    name: str
    invocations: list[Invocation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


def function_names() -> list[str]:
    return sorted(f"perf_{m}_Python{p}_{mem}" for m in METHODS for p, _ in PYTHONS for mem in MEMORIES)


def parse_function(name: str) -> tuple[str, str, int]:
    rest, memory = name[len("perf_"):].rsplit("_", 1)
    method, runtime = rest.rsplit("_", 1)
    python = dict(PYTHONS)[runtime[len("Python"):]]
    return method, python, int(memory)


# ----------------------------------------------------------------------------------------------
# Number and time formatting


def two_decimal_cents(value_ms: float) -> int:
    """Milliseconds as integer hundredths whose last digit is never 0, so that every rendering
    (text '12.34', JSON number 12.34, Java '12.34') shows exactly two decimals."""
    return nonzero_last_digit(int(round(value_ms * 100)))


def nonzero_last_digit(cents: int) -> int:
    return cents + 1 if cents % 10 == 0 else cents


def ms_text(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def ms_number(cents: int) -> float:
    return cents / 100


def ceil_cents(cents: int) -> int:
    return -(-cents // 100)


def round_cents(cents: int) -> int:
    return (cents + 50) // 100


def utc(ms: int) -> dt.datetime:
    return EPOCH + dt.timedelta(milliseconds=ms)


def iso_ms_z(ms: int) -> str:
    """2024-03-04T09:00:01.120Z (CloudWatch console, S3 export, JSON log format)."""
    return utc(ms).strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def iso_python(ms: int) -> str:
    """datetime.isoformat() of an aware UTC datetime: six fraction digits, none when ms is 0."""
    return utc(ms).isoformat()


def insights_time(ms: int) -> str:
    return utc(ms).strftime("%Y-%m-%d %H:%M:%S.") + f"{ms % 1000:03d}"


def java_double(value: float) -> str:
    """Java's Double.toString: plain with at least one decimal in [1e-3, 1e7), else d.dddE<n>."""
    value = float(value)
    if 1e-3 <= abs(value) < 1e7:
        text = repr(value)
        return text if "." in text or "e" in text else text + ".0"
    sign, digits, exponent = Decimal(repr(value)).normalize().as_tuple()
    text = "".join(map(str, digits)).rstrip("0") or "0"
    power = len(digits) + exponent - 1
    mantissa = text[0] + "." + (text[1:] or "0")
    return ("-" if sign else "") + mantissa + "E" + str(power)


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


def cli_json(document: object) -> str:
    """The AWS CLI's JSON output: indent 4, non-ASCII kept, one trailing newline."""
    return json.dumps(document, indent=4, ensure_ascii=False) + "\n"


def compact_json(document: object) -> str:
    return json.dumps(document, separators=(",", ":"), ensure_ascii=False)


def write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


# ----------------------------------------------------------------------------------------------
# Simulation


class Simulator:
    def __init__(self) -> None:
        self.rng = np.random.default_rng(SEED)
        self.runtime_arns = {py: f"arn:aws:lambda:{REGION}::runtime:{self.hex(32)}"
                             for _, py in PYTHONS}
        steady_image_colds = 2 * 8 * ENVIRONMENTS_PER_BURST
        self.image_tail = {int(i) for i in self.rng.choice(steady_image_colds, IMAGE_TAIL_COUNT,
                                                           replace=False)}
        self.image_steady_index = 0

    def hex(self, nbytes: int) -> str:
        return self.rng.bytes(nbytes).hex()

    def uuid(self) -> str:
        raw = bytearray(self.rng.bytes(16))
        raw[6] = (raw[6] & 0x0F) | 0x40
        raw[8] = (raw[8] & 0x3F) | 0x80
        h = raw.hex()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def integer(self, low: int, high: int) -> int:
        """Uniform integer in [low, high]."""
        return int(self.rng.integers(low, high + 1))

    def init_ms(self, method: str, python: str, memory: int, burst: int) -> float:
        rng = self.rng
        if burst == 1:  # after a fresh deployment
            if method == "image":
                base = rng.uniform(7200.0, 9950.0)
            elif method == "zip":
                base = float(np.clip(rng.normal(3000.0, 200.0), 2600.0, 3450.0))
            else:
                base = float(np.clip(rng.normal(3150.0, 200.0), 2750.0, 3600.0))
        elif method == "image":
            index = self.image_steady_index
            self.image_steady_index += 1
            if index in self.image_tail:
                base = rng.uniform(2000.0, 9000.0)
            elif rng.random() < 0.2:
                base = rng.uniform(1100.0, 2000.0)
            else:
                base = float(np.clip(rng.normal(1500.0, 70.0), 1330.0, 1690.0))
        elif method == "zip":
            base = float(np.clip(rng.normal(2972.0, 13.0), 2935.0, 3010.0))
        else:
            base = float(np.clip(rng.normal(3268.0, 13.0), 3230.0, 3305.0))
        return base * PY_INIT_FACTOR[python] + MEMORY_INIT_OFFSET_MS[memory]

    def warm_duration_ms(self, python: str, memory: int) -> float:
        factor = 0.92 if python == "3.11" else 1.0
        return float(self.rng.lognormal(math.log(WARM_DURATION_MS[memory] * factor), 0.22))

    def invocation(self, function: str, stream: str, burst: int, arrival_ms: int,
                   cold: bool, previous_memory_mb: int | None) -> Invocation:
        method, python, memory = parse_function(function)
        trace_id = f"1-{arrival_ms // 1000:08x}-{self.hex(12)}"
        if cold:
            init_cents = two_decimal_cents(self.init_ms(method, python, memory, burst))
            duration = self.warm_duration_ms(python, memory) * self.rng.uniform(1.6, 2.6)
            init_start_ms = arrival_ms + self.integer(60, 400)
            start_ms = init_start_ms + round_cents(init_cents)
            max_memory = int(np.clip(MAX_MEMORY_BASE_MB[method] + self.rng.normal(0.0, 22.0)
                                     + MEMORIES.index(memory) * 8, 150, 420))
        else:
            init_cents = None
            duration = self.warm_duration_ms(python, memory)
            init_start_ms = None
            start_ms = arrival_ms + self.integer(1, 3)
            max_memory = min(450, (previous_memory_mb or 0) + self.integer(0, 6))
        duration_cents = two_decimal_cents(duration)
        billed_cents = duration_cents + (init_cents if (cold and method == "image") else 0)
        report_ms = start_ms + round_cents(duration_cents)
        app_ms = start_ms + self.integer(1, max(1, int(duration_cents / 100 * 0.8)))
        runtime_done_cents = duration_cents - self.integer(15, min(90, duration_cents // 4))
        runtime_done_cents = nonzero_last_digit(runtime_done_cents)
        return Invocation(
            function=function, method=method, python=python, memory=memory, burst=burst,
            stream=stream, request_id=self.uuid(), trace_id=trace_id, segment_id=self.hex(8),
            cold=cold, init_start_ms=init_start_ms, start_ms=start_ms, app_ms=app_ms,
            report_ms=report_ms, init_cents=init_cents, duration_cents=duration_cents,
            billed_ms=ceil_cents(billed_cents), max_memory_mb=max_memory,
            runtime_done_cents=runtime_done_cents, produced_bytes=self.integer(40, 120))

    def environment(self, function: str, burst: int, first_ms: int, length_ms: int) -> Stream:
        """One execution environment: a cold start in the first 55 % of the burst, then 1-4 warm
        invocations spread up to the end of the burst."""
        name = f"2024/03/04/[$LATEST]{self.hex(16)}"
        stream = Stream(function, name)
        cold = self.invocation(function, name, burst, first_ms + self.integer(0, length_ms * 55 // 100),
                               True, None)
        stream.invocations.append(cold)
        warm_count = 1 + int(self.rng.choice(4, p=WARM_COUNT_WEIGHTS))
        end_ms = first_ms + length_ms
        targets = sorted(self.integer(cold.report_ms + 300, max(cold.report_ms + 300, end_ms))
                         for _ in range(warm_count))
        for target in targets:
            previous = stream.invocations[-1]
            arrival = max(target, previous.report_ms + self.integer(50, 400))
            stream.invocations.append(self.invocation(function, name, burst, arrival, False,
                                                      previous.max_memory_mb))
        return stream

    def run(self) -> list[Stream]:
        streams: list[Stream] = []
        for burst, burst_start in enumerate(BURST_STARTS_MS, start=1):
            first_ms = burst_start + self.integer(1000, 5000)
            length_ms = self.integer(135_000, 170_000)
            for function in function_names():
                for _ in range(ENVIRONMENTS_PER_BURST):
                    streams.append(self.environment(function, burst, first_ms, length_ms))
        for stream in streams:
            stream.events = self.text_events(stream)
        return sorted(streams, key=lambda s: (s.function, s.invocations[0].start_ms, s.name))

    def text_events(self, stream: Stream) -> list[Event]:
        events: list[Event] = []
        for inv in stream.invocations:
            batches: list[list[Event]] = []
            if inv.cold and inv.method != "image":
                batches.append([Event(stream.name, inv.init_start_ms, init_start_message(inv, self.runtime_arns))])
            batches.append([
                Event(stream.name, inv.start_ms, f"START RequestId: {inv.request_id} Version: $LATEST\n"),
                Event(stream.name, inv.app_ms,
                      f"[INFO]\t{iso_ms_z(inv.app_ms)}\t{inv.request_id}\tprocessed 100 rows\n"),
                Event(stream.name, inv.report_ms, f"END RequestId: {inv.request_id}\n"),
                Event(stream.name, inv.report_ms, report_message(inv)),
            ])
            for batch in batches:
                ingestion = batch[-1].timestamp + self.integer(150, 2500)
                middle = int.from_bytes(self.rng.bytes(8), "big")
                for index, event in enumerate(batch):
                    event.ingestion = ingestion
                    event.event_id = str((event.timestamp << 144) | (ingestion << 80) | (middle << 16) | index)
                events.extend(batch)
        return events


def init_start_message(inv: Invocation, runtime_arns: dict[str, str]) -> str:
    return (f"INIT_START Runtime Version: {RUNTIME_VERSIONS[inv.python]}\t"
            f"Runtime Version ARN: {runtime_arns[inv.python]}\n")


def report_message(inv: Invocation) -> str:
    text = (f"REPORT RequestId: {inv.request_id}\tDuration: {ms_text(inv.duration_cents)} ms\t"
            f"Billed Duration: {inv.billed_ms} ms\tMemory Size: {inv.memory} MB\t"
            f"Max Memory Used: {inv.max_memory_mb} MB\t")
    if inv.init_cents is not None:
        text += f"Init Duration: {ms_text(inv.init_cents)} ms\t"
    return text + f"\nXRAY TraceId: {inv.trace_id}\tSegmentId: {inv.segment_id}\tSampled: true\t\n"


def interleaved(streams: list[Stream]) -> list[Event]:
    """All events of several streams in time order, ties broken by event id (as filter-log-events)."""
    events = [e for s in streams for e in s.events]
    return sorted(events, key=lambda e: (e.timestamp, int(e.event_id)))


def by_function(streams: list[Stream]) -> dict[str, list[Stream]]:
    grouped: dict[str, list[Stream]] = {name: [] for name in function_names()}
    for stream in streams:
        grouped[stream.function].append(stream)
    return grouped


# ----------------------------------------------------------------------------------------------
# Text renderings (FORMATS 2, 3.1, 3.3, 3.4, 3.6)


def write_text_formats(grouped: dict[str, list[Stream]]) -> None:
    for function, streams in grouped.items():
        write_text(FORMATS / "text" / f"{function}.log",
                   "".join(e.message for s in streams for e in s.events))
        write_text(FORMATS / "console-copy" / f"{function}.txt", "\n".join(
            "".join(f"{iso_ms_z(e.timestamp)}\n{e.message}" for e in s.events) for s in streams))
        merged = interleaved(streams)
        write_text(FORMATS / "logs-tail" / f"{function}.log", "".join(
            f"{iso_python(e.timestamp)} {e.stream} {e.message.rstrip()}\n" for e in merged))
        sam_lines = []
        for e in merged:
            first, *continuation = e.message.rstrip("\n").split("\n")
            sam_lines.append(f"{e.stream} {iso_python(e.timestamp)} {first}")
            sam_lines.extend(continuation)
        write_text(FORMATS / "sam-logs" / f"{function}.log",
                   "".join(line.expandtabs(8).rstrip() + "\n" for line in sam_lines))


def write_s3_export(grouped: dict[str, list[Stream]], sim: Simulator) -> None:
    for function, streams in grouped.items():
        prefix = FORMATS / "s3-export" / function
        write_text(prefix / "aws-logs-write-test", "Permission Check Successful")
        task_id = sim.uuid()
        for s in streams:
            body = "".join(f"{iso_ms_z(e.timestamp)} {e.message}" for e in s.events)
            write_bytes(prefix / task_id / s.name / "000000.gz", gzip_bytes(body.encode("utf-8")))


# ----------------------------------------------------------------------------------------------
# get-log-events, filter-log-events (FORMATS 4.1, 4.2)


def write_log_event_documents(grouped: dict[str, list[Stream]]) -> None:
    for position, (function, streams) in enumerate(grouped.items()):
        pages = []
        for s in streams:
            pages.append(cli_json({
                "events": [{"timestamp": e.timestamp, "message": e.message, "ingestionTime": e.ingestion}
                           for e in s.events],
                "nextForwardToken": f"f/{s.events[-1].event_id}/s",
                "nextBackwardToken": f"b/{s.events[0].event_id}/s",
            }))
        write_text(FORMATS / "get-log-events" / f"{function}.json", "".join(pages))
        merged = interleaved(streams)
        if position % 2 == 1:
            merged.reverse()
        write_text(FORMATS / "filter-log-events" / f"{function}.json", cli_json({
            "events": [{"logStreamName": e.stream, "timestamp": e.timestamp, "message": e.message,
                        "ingestionTime": e.ingestion, "eventId": e.event_id} for e in merged],
            "searchedLogStreams": [],
        }))


# ----------------------------------------------------------------------------------------------
# Subscription payloads and envelopes (FORMATS 4.3)


def subscription_payloads(streams: list[Stream], sim: Simulator) -> list[dict]:
    """DATA_MESSAGE payloads of 2-8 consecutive events of one stream, in delivery order."""
    payloads = []
    for s in streams:
        index = 0
        while index < len(s.events):
            size = sim.integer(2, 8)
            chunk = s.events[index:index + size]
            index += size
            payloads.append({
                "messageType": "DATA_MESSAGE", "owner": ACCOUNT, "logGroup": f"/aws/lambda/{s.function}",
                "logStream": s.name, "subscriptionFilters": [SUBSCRIPTION_FILTER],
                "logEvents": [{"id": e.event_id, "timestamp": e.timestamp, "message": e.message} for e in chunk],
            })
    return sorted(payloads, key=lambda p: (p["logEvents"][-1]["timestamp"], p["logStream"]))


def control_message(destination: str) -> dict:
    return {"messageType": "CONTROL_MESSAGE", "owner": "CloudwatchLogs", "logGroup": "", "logStream": "",
            "subscriptionFilters": [], "logEvents": [{
                "id": "", "timestamp": DAY_MS + 8 * 3_600_000 + 55 * 60_000,
                "message": f"CWL CONTROL MESSAGE: Checking health of destination {destination}."}]}


def write_subscription(grouped: dict[str, list[Stream]], sim: Simulator) -> None:
    base = FORMATS / "subscription"
    first = next(iter(grouped))
    control_time = control_message("")["logEvents"][0]["timestamp"]
    firehose: list[tuple[int, bytes]] = [(control_time, gzip_bytes(compact_json(control_message("Firehose")).encode()))]
    for function, streams in grouped.items():
        payloads = subscription_payloads(streams, sim)
        lines = [compact_json(p) for p in payloads]
        times = [p["logEvents"][-1]["timestamp"] for p in payloads]
        firehose.extend((t, gzip_bytes(line.encode())) for t, line in zip(times, lines))
        kinesis_lines = list(lines)
        if function == first:
            lines.insert(0, compact_json(control_message("Lambda function")))
            kinesis_lines.insert(0, compact_json(control_message("Kinesis stream")))
            times.insert(0, control_time)
        raw = "".join(line + "\n" for line in lines).encode("utf-8")
        write_bytes(base / "raw" / f"{function}.jsonl", raw)
        write_bytes(base / "gzip" / f"{function}.jsonl.gz", gzip_bytes(raw))
        write_bytes(base / "zlib" / f"{function}.jsonl.zlib", zlib.compress(raw, 9))
        write_text(base / "lambda-event" / f"{function}.json", "".join(
            cli_json({"awslogs": {"data": base64.b64encode(gzip_bytes(line.encode())).decode()}})
            for line in lines))
        write_text(base / "kinesis" / f"{function}.json", kinesis_events(kinesis_lines, times, sim))
    write_firehose(firehose, sim)


def kinesis_events(lines: list[str], times: list[int], sim: Simulator) -> str:
    """Kinesis events of 3-10 records, each record's data = base64(gzip(payload))."""
    documents = []
    stream_arn = f"arn:aws:kinesis:{REGION}:{ACCOUNT}:stream/coldviz-logs"
    sequence = 49650 * 10**51  # 56 digits, like a real shard's sequence numbers
    index = 0
    while index < len(lines):
        size = sim.integer(3, 10)
        records = []
        for line, time_ms in zip(lines[index:index + size], times[index:index + size]):
            sequence += sim.integer(10**9, 10**12) * 10**10
            arrival = time_ms + sim.integer(300, 3000)
            records.append({
                "kinesis": {
                    "kinesisSchemaVersion": "1.0", "partitionKey": sim.hex(16),
                    "sequenceNumber": str(sequence),
                    "data": base64.b64encode(gzip_bytes(line.encode())).decode(),
                    "approximateArrivalTimestamp": arrival / 1000,
                },
                "eventSource": "aws:kinesis", "eventVersion": "1.0",
                "eventID": f"shardId-000000000000:{sequence}", "eventName": "aws:kinesis:record",
                "invokeIdentityArn": f"arn:aws:iam::{ACCOUNT}:role/coldviz-log-consumer",
                "awsRegion": REGION, "eventSourceARN": stream_arn,
            })
        index += size
        if len(records) > 1:  # Kinesis batches are not in time order (FORMATS 4.3)
            records[0], records[1] = records[1], records[0]
        documents.append(cli_json({"Records": records}))
    return "".join(documents)


def write_firehose(members: list[tuple[int, bytes]], sim: Simulator) -> None:
    """Firehose objects: 60-second buffers of gzip members back to back, all log groups mixed."""
    buffers: dict[int, list[bytes]] = {}
    last_time: dict[int, int] = {}
    for time_ms, member in sorted(members, key=lambda m: m[0]):
        buffers.setdefault(time_ms // 60_000, []).append(member)
        last_time[time_ms // 60_000] = time_ms
    for minute in sorted(buffers):
        flushed = utc(last_time[minute] + sim.integer(1000, 5000))
        key = (flushed.strftime("%Y/%m/%d/%H/") + "coldviz-logs-1-"
               + flushed.strftime("%Y-%m-%d-%H-%M-%S-") + sim.uuid())
        write_bytes(FORMATS / "subscription" / "firehose" / key, b"".join(buffers[minute]))


# ----------------------------------------------------------------------------------------------
# Lambda JSON log format (FORMATS 5.1, 5.2)


def tracing(inv: Invocation) -> dict:
    return {"spanId": inv.segment_id, "type": "X-Amzn-Trace-Id",
            "value": f"Root={inv.trace_id};Parent={inv.segment_id};Sampled=1"}


def platform(ms: int, kind: str, record: dict) -> Event:
    return Event("", ms, compact_json({"time": iso_ms_z(ms), "type": f"platform.{kind}", "record": record}))


def json_events(stream: Stream, sim: Simulator) -> list[Event]:
    events = []
    for inv in stream.invocations:
        if inv.cold and inv.method != "image":
            events.append(platform(inv.init_start_ms, "initStart", {
                "initializationType": "on-demand", "phase": "init",
                "runtimeVersion": RUNTIME_VERSIONS[inv.python],
                "runtimeVersionArn": sim.runtime_arns[inv.python],
                "functionName": inv.function, "functionVersion": "$LATEST"}))
            events.append(platform(inv.start_ms, "initReport", {
                "initializationType": "on-demand", "phase": "init", "status": "success",
                "metrics": {"durationMs": ms_number(inv.init_cents)}}))
        events.append(platform(inv.start_ms, "start", {
            "requestId": inv.request_id, "version": "$LATEST", "tracing": tracing(inv)}))
        app_time = utc(inv.app_ms).strftime("%Y-%m-%dT%H:%M:%SZ")
        events.append(Event("", inv.app_ms, json.dumps({
            "timestamp": app_time, "level": "INFO", "message": "processed 100 rows",
            "logger": "root", "requestId": inv.request_id}) + "\n"))
        latency_cents = nonzero_last_digit(inv.runtime_done_cents - sim.integer(20, 90))
        events.append(platform(inv.report_ms, "runtimeDone", {
            "requestId": inv.request_id, "status": "success", "tracing": tracing(inv),
            "spans": [
                {"name": "responseLatency", "start": iso_ms_z(inv.start_ms),
                 "durationMs": ms_number(latency_cents)},
                {"name": "responseDuration", "start": iso_ms_z(inv.start_ms + round_cents(latency_cents)),
                 "durationMs": 0.11},
            ],
            "metrics": {"durationMs": ms_number(inv.runtime_done_cents), "producedBytes": inv.produced_bytes}}))
        metrics = {"durationMs": ms_number(inv.duration_cents), "billedDurationMs": inv.billed_ms,
                   "memorySizeMB": inv.memory, "maxMemoryUsedMB": inv.max_memory_mb}
        if inv.init_cents is not None:
            metrics["initDurationMs"] = ms_number(inv.init_cents)
        events.append(platform(inv.report_ms, "report", {
            "requestId": inv.request_id, "metrics": metrics, "tracing": tracing(inv), "status": "success"}))
    for event in events:
        event.ingestion = event.timestamp + sim.integer(150, 2500)
    return events


def write_jsonlog(grouped: dict[str, list[Stream]], sim: Simulator) -> None:
    for function, streams in grouped.items():
        events = [e for s in streams for e in json_events(s, sim)]
        write_text(FORMATS / "jsonlog" / f"{function}.json", cli_json({"events": [
            {"timestamp": e.timestamp, "message": e.message, "ingestionTime": e.ingestion} for e in events]}))
        write_text(FORMATS / "jsonlog" / "jsonl" / f"{function}.jsonl",
                   "".join(e.message.rstrip("\n") + "\n" for e in events))


# ----------------------------------------------------------------------------------------------
# Logs Insights (FORMATS 6)


def insights_ptr(function: str, sim: Simulator) -> str:
    group = f"{ACCOUNT}:/aws/lambda/{function}".encode()
    inner = b"\n" + bytes([len(group)]) + group + b"\x10\x04"
    rest = sim.rng.bytes(40)
    return base64.b64encode(b"\n" + bytes([len(inner)]) + inner + b"\x12" + bytes([len(rest)]) + rest).decode()


def insights_rows(streams: list[Stream], sim: Simulator) -> list[tuple[Event, Invocation, dict]]:
    """(REPORT event, invocation, {field: string value}) in @timestamp order."""
    reports = {e.message.split("\t", 1)[0][len("REPORT RequestId: "):]: e
               for s in streams for e in s.events if e.message.startswith("REPORT ")}
    invocations = sorted((inv for s in streams for inv in s.invocations),
                         key=lambda inv: (inv.report_ms, inv.function, inv.request_id))
    rows = []
    for index, inv in enumerate(invocations):
        event = reports[inv.request_id]
        java = index % 3 != 0  # most rows in Java notation, every third one plain
        memory = java_double(inv.memory * 1e6) if java else str(inv.memory * 1_000_000)
        used = java_double(inv.max_memory_mb * 1e6) if java else str(inv.max_memory_mb * 1_000_000)
        values = {
            "@timestamp": insights_time(event.timestamp), "@log": f"{ACCOUNT}:/aws/lambda/{inv.function}",
            "@logStream": inv.stream, "@requestId": inv.request_id,
            "@duration": ms_text(inv.duration_cents),
            "@billedDuration": java_double(inv.billed_ms) if java else str(inv.billed_ms),
            "@initDuration": ms_text(inv.init_cents) if inv.init_cents is not None else None,
            "@memorySize": memory, "@maxMemoryUsed": used, "@xrayTraceId": inv.trace_id,
            "@message": event.message, "@ptr": insights_ptr(inv.function, sim),
        }
        rows.append((event, inv, values))
    return rows


def pwsh_json(value: object, indent: int) -> str:
    """PowerShell 5 ConvertTo-Json layout: nested values indented from the column they start at."""
    pad = " " * (indent + 4)
    if isinstance(value, dict):
        members = []
        for key, item in value.items():
            prefix = json.dumps(key) + ":  "
            members.append(pad + prefix + pwsh_json(item, indent + 4 + len(prefix)))
        return "{\n" + ",\n".join(members) + "\n" + " " * indent + "}"
    if isinstance(value, list):
        return "[\n" + ",\n".join(pad + pwsh_json(item, indent + 4) for item in value) + "\n" + " " * indent + "]"
    if isinstance(value, Decimal):
        return str(value)
    return json.dumps(value)


def write_insights(streams: list[Stream], sim: Simulator) -> None:
    """get-query-results JSON, its PowerShell rendering and the console CSV, one file per window."""
    rows = insights_rows(streams, sim)
    all_events = [e for s in streams for e in s.events]
    write_text(ROOT / "insights-query.txt", INSIGHTS_QUERY)
    for number, (start, end) in enumerate(INSIGHTS_WINDOWS, start=1):
        window = [r for r in rows if start <= r[0].timestamp < end]
        scanned = [e for e in all_events if start <= e.timestamp < end]
        statistics = {"recordsMatched": len(window), "recordsScanned": len(scanned),
                      "bytesScanned": sum(len(e.message.encode()) for e in scanned)}
        name = f"window-{number}"
        write_text(FORMATS / "insights" / f"{name}.json", cli_json({
            "results": [[{"field": f, "value": v} for f, v in values.items() if v is not None]
                        for _, _, values in window],
            "statistics": {key: float(value) for key, value in statistics.items()},
            "status": "Complete",
        }))
        write_text(FORMATS / "insights-pwsh" / f"{name}.json", pwsh_results(window, statistics))
        write_text(FORMATS / "insights-csv" / f"{name}.csv", console_csv(window))


def pwsh_results(window: list[tuple[Event, Invocation, dict]], statistics: dict) -> str:
    """Get-CWLQueryResult | ConvertTo-Json: rows flattened, numbers as JSON numbers, null kept."""
    flattened = []
    for _, inv, values in window:
        numbers = {"@duration": Decimal(ms_text(inv.duration_cents)),
                   "@initDuration": None if inv.init_cents is None else Decimal(ms_text(inv.init_cents)),
                   "@billedDuration": Decimal(inv.billed_ms),
                   "@memorySize": Decimal(inv.memory * 1_000_000),
                   "@maxMemoryUsed": Decimal(inv.max_memory_mb * 1_000_000)}
        flattened.extend({"value": numbers.get(name, value), "field": name} for name, value in values.items())
    document = {"statistics": {key: statistics[key] for key in ("recordsScanned", "bytesScanned", "recordsMatched")},
                "status": "Complete", "results": flattened}
    return "\ufeff" + pwsh_json(document, 0) + "\n"


def console_csv(window: list[tuple[Event, Invocation, dict]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(INSIGHTS_FIELDS)
    for _, _, values in window:
        writer.writerow(["" if values[f] is None else values[f] for f in INSIGHTS_FIELDS])
    return buffer.getvalue()


# ----------------------------------------------------------------------------------------------
# Ground truth and expected statistics


def write_truth(streams: list[Stream]) -> list[dict]:
    records = []
    for inv in sorted((inv for s in streams for inv in s.invocations),
                      key=lambda inv: (inv.function, inv.start_ms, inv.request_id)):
        records.append({
            "function": inv.function, "method": inv.method, "python": inv.python, "memory": inv.memory,
            "stream": inv.stream, "requestId": inv.request_id, "traceId": inv.trace_id,
            "startMs": inv.start_ms, "reportMs": inv.report_ms, "cold": inv.cold,
            "initDurationMs": ms_number(inv.init_cents) if inv.init_cents is not None else None,
            "durationMs": ms_number(inv.duration_cents), "billedDurationMs": inv.billed_ms,
            "memorySizeMB": inv.memory, "maxMemoryUsedMB": inv.max_memory_mb, "burst": inv.burst,
        })
    write_text(ROOT / "truth.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    return records


def summary(values: list[float]) -> dict | None:
    """count, min, mean, stddev (ddof=1), type-7 percentiles (numpy 'linear'), max."""
    if not values:
        return None
    a = np.asarray(values, dtype=np.float64)
    p50, p90, p95, p99 = (float(np.percentile(a, q)) for q in (50, 90, 95, 99))
    return {"count": int(a.size), "min": float(a.min()), "mean": float(a.mean()),
            "stddev": float(a.std(ddof=1)) if a.size >= 2 else None,
            "p50": p50, "p90": p90, "p95": p95, "p99": p99, "max": float(a.max())}


def group_stats(records: list[dict], keys: tuple[str, ...]) -> list[dict]:
    order = {"method": METHODS.index, "python": lambda p: [py for _, py in PYTHONS].index(p),
             "memory": MEMORIES.index}
    grouped: dict[tuple, list[dict]] = {}
    for r in records:
        grouped.setdefault(tuple(r[k] for k in keys), []).append(r)
    result = []
    for key in sorted(grouped, key=lambda k: tuple(order[name](v) for name, v in zip(keys, k))):
        rows = grouped[key]
        cold = [r for r in rows if r["cold"]]
        warm = [r for r in rows if not r["cold"]]
        result.append({
            "key": dict(zip(keys, key)), "invocations": len(rows), "coldStarts": len(cold),
            "initDuration": summary([r["initDurationMs"] for r in cold]),
            "durationCold": summary([r["durationMs"] for r in cold]),
            "durationWarm": summary([r["durationMs"] for r in warm]),
            "billedDuration": summary([float(r["billedDurationMs"]) for r in rows]),
            "maxMemoryUsed": summary([float(r["maxMemoryUsedMB"]) for r in rows]),
        })
    return result


def write_expected_stats(records: list[dict]) -> None:
    document = {
        "numpy": np.__version__,
        "groupBy": ["method", "python", "memory"],
        "groups": group_stats(records, ("method", "python", "memory")),
        "byMethod": {"groupBy": ["method"], "groups": group_stats(records, ("method",))},
    }
    write_text(ROOT / "expected-stats.json", json.dumps(document, indent=2) + "\n")


# ----------------------------------------------------------------------------------------------
# Checks of the experiment's own promises


def check(streams: list[Stream], records: list[dict]) -> None:
    for burst in (1, 2, 3):
        colds = sorted(r["reportMs"] for r in records if r["burst"] == burst and r["cold"])
        gaps = [b - a for a, b in zip(colds, colds[1:])]
        inv = [r for r in records if r["burst"] == burst]
        span_s = (max(r["reportMs"] for r in inv) - min(r["startMs"] - (r["initDurationMs"] or 0) for r in inv)) / 1000
        assert max(gaps) < 60_000, f"burst {burst}: cold starts {max(gaps)} ms apart"
        assert 120 <= span_s <= 180, f"burst {burst} lasts {span_s:.1f} s"
        print(f"burst {burst}: {len(inv)} invocations, {len(colds)} cold, span {span_s:.1f} s, "
              f"largest cold gap {max(gaps) / 1000:.1f} s")
    for r in records:
        for name in ("initDurationMs", "durationMs"):
            value = r[name]
            if value is not None:
                assert len(repr(value).split(".")[1]) == 2, (name, value)
        assert 150 <= r["maxMemoryUsedMB"] <= 450, r
    zero_ms = sum(1 for s in streams for e in s.events if e.timestamp % 1000 == 0)
    assert zero_ms > 0, "no event on a whole second: logs-tail's no-fraction case is missing"
    print(f"{len(records)} invocations, {sum(len(s.events) for s in streams)} text events, "
          f"{zero_ms} on a whole second")


def main() -> None:
    if FORMATS.exists():  # README.md and .gitattributes beside it are hand-written and kept
        shutil.rmtree(FORMATS)
    sim = Simulator()
    streams = sim.run()
    grouped = by_function(streams)
    records = write_truth(streams)
    check(streams, records)
    write_expected_stats(records)
    write_text_formats(grouped)
    write_s3_export(grouped, sim)
    write_log_event_documents(grouped)
    write_subscription(grouped, sim)
    write_jsonlog(grouped, sim)
    write_insights(streams, sim)


if __name__ == "__main__":
    main()
