#!/usr/bin/python3
"""report --chart, rendered by rsvg-convert (Debian's librsvg2-bin) to PNG.

Usage: chart_render_test.py BACKPLAN

Twelve weeks of a hand-made log: action1 and action2 climb, action3 and action4 are logged with
the same figures every week, action5 and action6 not at all. The SVG must render, the PNG must
have the size asked for, and every exercise's colour must show in the picture, however its
figures coincide with another's. Exits 77 (CTest's skip) when rsvg-convert is not installed.
"""
import datetime
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ElementTree
import zlib

BACKPLAN = ""
SVG = "{http://www.w3.org/2000/svg}"
FIRST_MONDAY = datetime.date(2026, 9, 7)


def twelve_weeks():
    lines = []
    for week in range(12):
        monday = FIRST_MONDAY + datetime.timedelta(weeks=week)
        for day in (0, 2, 4):
            date = (monday + datetime.timedelta(days=day)).isoformat()
            reps = 15 + week // 2
            lines.append(f"{date}T07:00:00+00:00 action1 {reps} {reps}")
            lines.append(f"{date}T07:10:00+00:00 action2 {reps + 2} {reps}")
            lines.append(f"{date}T07:20:00+00:00 action3 15 15")
            lines.append(f"{date}T07:30:00+00:00 action4 15 15")
    return "\n".join(lines) + "\n"


def png_pixels(path):
    """(width, height, rows of RGB tuples) of an 8-bit RGB or RGBA, non-interlaced PNG."""
    with open(path, "rb") as f:
        data = f.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    at, idat, header = 8, b"", None
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        at += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    size = 3 if colour == 2 else 4  # bytes per pixel
    raw, stride, rows, previous = zlib.decompress(idat), width * size, [], bytearray(width * size)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - size] if i >= size else 0
            up, corner = previous[i], previous[i - size] if i >= size else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                guess = min((abs(p - left), 0, left), (abs(p - up), 1, up),
                            (abs(p - corner), 2, corner))[2]
                line[i] = (line[i] + guess) & 255
        rows.append([tuple(line[i:i + 3]) for i in range(0, stride, size)])
        previous = line
    return width, height, rows


class ChartRenders(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.directory = tempfile.mkdtemp()
        log = os.path.join(cls.directory, "log.txt")
        with open(log, "w", encoding="utf-8") as f:
            f.write(twelve_weeks())
        cls.chart = os.path.join(cls.directory, "progress.svg")
        env = {"PATH": "/usr/bin:/bin", "HOME": cls.directory, "LANG": "C"}
        result = subprocess.run([BACKPLAN, "report", "--log", log, "--until", "2026-11-29",
                                 "--chart", cls.chart, "--format", "csv"],
                                env=env, capture_output=True, check=False)
        assert (result.returncode, result.stderr) == (0, b""), result
        cls.root = ElementTree.parse(cls.chart).getroot()

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.directory)

    def render(self, *args):
        png = os.path.join(self.directory, "chart.png")
        result = subprocess.run(["rsvg-convert", *args, "-o", png, self.chart],
                                capture_output=True, check=False)
        self.assertEqual((result.returncode, result.stderr), (0, b""))
        return png_pixels(png)

    def test_the_png_has_the_size_of_the_svg(self):
        width, height, _ = self.render()
        self.assertEqual((width, height),
                         (int(self.root.get("width")), int(self.root.get("height"))))

    def test_the_png_has_the_width_asked_for_and_keeps_the_proportions(self):
        width, height, _ = self.render("--width", "1800")
        self.assertEqual((width, height), (1800, 2 * int(self.root.get("height"))))

    def test_every_series_shows_in_the_picture(self):
        _, _, rows = self.render()
        colours = {line.get("stroke") for line in self.root.iter(SVG + "polyline")}
        self.assertEqual(len(colours), 6)
        counts = {colour: 0 for colour in colours}
        for row in rows:
            for r, g, b in row:
                colour = f"#{r:02x}{g:02x}{b:02x}"
                if colour in counts:
                    counts[colour] += 1
        for colour, count in counts.items():
            # Twelve markers of about 8 x 8 px, and the line's straight runs: partly covered by
            # another series, a series still shows in well over 50 pixels of its own colour.
            self.assertGreater(count, 50, f"{colour} hardly shows: {counts}")

    def test_the_weeks_are_dated(self):
        texts = [t.text for t in self.root.iter(SVG + "text")]
        self.assertIn("2026-09-07", texts)
        self.assertIn("Towel prone row (action2)", texts)
        self.assertIn("same figures as action3", texts)
        self.assertIn("same figures as action5", texts)


if __name__ == "__main__":
    if shutil.which("rsvg-convert") is None:
        print("rsvg-convert is not installed (Debian: librsvg2-bin): skipped")
        sys.exit(77)
    BACKPLAN = sys.argv[1]
    unittest.main(argv=sys.argv[:1], verbosity=2)
