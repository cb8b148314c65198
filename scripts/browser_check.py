#!/usr/bin/env python3
"""Checks for scripts/browser-test.sh, standard library only.

  browser_check.py dom PAGE.dom.html KIND...   the DOM Chromium rendered: every chart figure holds an
                                               SVG with drawn elements and a <title> equal to its
                                               caption's title; a figure of each KIND; no <script>.
  browser_check.py png SHOT.png light|dark     the screenshot is not blank (many colours, drawn pixels)
                                               and its background matches the colour scheme.
"""

from __future__ import annotations

import html.parser
import struct
import sys
import zlib


class Figures(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.figures: list[dict] = []
        self.scripts = 0
        self.stack: list[str] = []
        self.figure: dict | None = None
        self.capture: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if tag == "figure":
            self.figure = {"id": a.get("id", ""), "kind": a.get("data-kind", ""), "svgs": [], "caption": ""}
            self.figures.append(self.figure)
        elif self.figure is not None:
            if tag == "svg":
                self.figure["svgs"].append({"title": "", "elements": 0})
            elif self.figure["svgs"] and tag in ("path", "use", "rect", "g", "image"):
                self.figure["svgs"][-1]["elements"] += 1
            if tag == "title" and self.figure["svgs"]:
                self.capture = "title"
            if tag == "strong" and "figcaption" in self.stack:
                self.capture = "caption"
        if tag not in ("path", "use", "rect", "meta", "br", "stop"):
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in ("title", "strong"):
            self.capture = None
        if tag == "figure":
            self.figure = None
        while self.stack and self.stack.pop() != tag:
            pass

    def handle_data(self, data):
        if self.figure is None or self.capture is None:
            return
        if self.capture == "title":
            self.figure["svgs"][-1]["title"] += data
        else:
            self.figure["caption"] += data


def check_dom(path: str, kinds: list[str]) -> list[str]:
    page = Figures()
    page.feed(open(path, encoding="utf-8").read())
    errors = []
    if page.scripts:
        errors.append(f"{page.scripts} <script> elements")
    if not page.figures:
        errors.append("no chart figure in the DOM")
    for f in page.figures:
        if not f["svgs"]:
            errors.append(f"{f['id']}: no SVG")
        for s in f["svgs"]:
            if s["elements"] < 20:
                errors.append(f"{f['id']}: an SVG with only {s['elements']} drawn elements")
            if s["title"].strip() != f["caption"].strip() or not s["title"].strip():
                errors.append(f"{f['id']}: SVG title {s['title']!r} is not the caption's {f['caption']!r}")
    present = {f["kind"] for f in page.figures}
    errors += [f"no {k} chart" for k in kinds if k not in present]
    print(f"{path}: {len(page.figures)} figures, {sum(len(f['svgs']) for f in page.figures)} SVGs: "
          + ", ".join(f["id"] for f in page.figures))
    return errors


def read_png(path: str) -> tuple[int, int, int, list[bytes]]:
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG")
    pos, idat = 8, b""
    while pos < len(data):
        (n,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + n]
        pos += 12 + n
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            if depth != 8 or colour not in (2, 6) or body[12] != 0:
                raise SystemExit(f"{path}: unsupported PNG (depth {depth}, colour type {colour}, interlace {body[12]})")
        elif kind == b"IDAT":
            idat += body
    bpp = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(idat), width * bpp
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(height):
        f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        if f == 1:
            for x in range(bpp, stride):
                line[x] = (line[x] + line[x - bpp]) & 255
        elif f == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, prev))
        elif f == 3:
            for x in range(stride):
                left = line[x - bpp] if x >= bpp else 0
                line[x] = (line[x] + (left + prev[x]) // 2) & 255
        elif f == 4:
            for x in range(stride):
                a = line[x - bpp] if x >= bpp else 0
                b, c = prev[x], prev[x - bpp] if x >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def check_png(path: str, scheme: str) -> list[str]:
    width, height, bpp, rows = read_png(path)
    colours: dict[bytes, int] = {}
    for row in rows:
        for x in range(0, len(row), bpp):
            px = row[x:x + 3]
            colours[px] = colours.get(px, 0) + 1
    background, count = max(colours.items(), key=lambda kv: kv[1])
    total = width * height
    luminance = 0.2126 * background[0] + 0.7152 * background[1] + 0.0722 * background[2]
    drawn = 1 - count / total
    print(f"{path}: {width}x{height}, {len(colours)} colours, background #{background.hex()} "
          f"(luminance {luminance:.0f}), {drawn:.1%} of pixels drawn")
    errors = []
    if len(colours) < 32:
        errors.append(f"{path}: only {len(colours)} colours: blank?")
    if drawn < 0.02:
        errors.append(f"{path}: only {drawn:.2%} of the pixels differ from the background")
    if scheme == "dark" and luminance > 80:
        errors.append(f"{path}: background luminance {luminance:.0f}, not dark")
    if scheme == "light" and luminance < 180:
        errors.append(f"{path}: background luminance {luminance:.0f}, not light")
    return errors


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in ("dom", "png"):
        raise SystemExit(__doc__)
    problems = check_dom(sys.argv[2], sys.argv[3:]) if sys.argv[1] == "dom" else check_png(sys.argv[2], sys.argv[3])
    for p in problems:
        print("browser-test: error: " + p, file=sys.stderr)
    sys.exit(1 if problems else 0)
