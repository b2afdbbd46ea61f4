#!/usr/bin/python3
"""Every format of `report` read back by a reader that is not ours: Python's csv and json, and
xmllint and ElementTree for the --chart SVG, on a log whose figures are worked out by hand.

Usage: report_formats_test.py BACKPLAN
"""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import unittest

BACKPLAN = ""


class ReportFormats(unittest.TestCase):
    """report --format csv|json and --chart, on a log whose figures are worked out by hand."""

    LOG = ("2026-11-02T08:00:00+00:00 action1 15 15\n"
           "2026-11-04T08:00:00+00:00 action1 15 14\n"
           "2026-11-09T08:00:00+00:00 action1 16 16 18\n"
           "2026-11-10T08:00:00+00:00 action2 20 # a rest day: no streak\n")

    def report(self, directory, *args, text=None, until="2026-11-13"):
        log = os.path.join(directory, "log.txt")
        with open(log, "w", encoding="utf-8") as f:
            f.write(text or self.LOG)
        env = {"PATH": "/usr/bin:/bin", "HOME": directory, "LANG": "C"}
        result = subprocess.run([BACKPLAN, "report", "--log", log, "--until", until, *args],
                                env=env, capture_output=True, check=False)
        self.assertEqual((result.returncode, result.stderr), (0, b""))
        return result.stdout

    def test_csv_and_json_agree_with_the_hand_count(self):
        with tempfile.TemporaryDirectory() as directory:
            rows = list(csv.DictReader(io.StringIO(self.report(directory, "--format", "csv")
                                                   .decode("utf-8"), newline="")))
            data = json.loads(self.report(directory, "--format", "json"))
        self.assertEqual(len(rows), 2 * 6)
        first = {k: rows[0][k] for k in ("week", "id", "planned_total", "done_total", "percent")}
        self.assertEqual(first, {"week": "2026-11-02", "id": "action1", "planned_total": "90",
                                 "done_total": "59", "percent": "65"})
        second = [r for r in rows if r["week"] == "2026-11-09" and r["id"] in ("action1", "action2")]
        # action1 met 2 x 15 on 1 day of 3 in the first week (2 needed): 2 x 15 again, 90
        # planned, 50 done, 55%.
        self.assertEqual([(r["sets"], r["amount"], r["done_total"], r["percent"]) for r in second],
                         [("2", "15", "50", "55"), ("2", "15", "20", "22")])
        self.assertEqual(data["format"], "backplan-report")
        self.assertEqual([w["total_reps"] for w in data["weeks"]], [59, 70])
        self.assertEqual([w["sessions"] for w in data["weeks"]], [2, 2])
        self.assertEqual(data["streak"], {"current": 0, "longest": 2})
        self.assertEqual(data["records"][0]["best_set"], {"amount": 18, "date": "2026-11-09"})
        self.assertEqual(list(data["weeks"][0]["exercises"][1])[:3], ["id", "name", "unit"],
                         "keys in the CSV's order")
        self.assertEqual([(e["id"], e["name"]) for e in data["weeks"][1]["exercises"][:2]],
                         [("action1", "Prone back extension"), ("action2", "Towel prone row")])
        self.assertIsNone(data["records"][2]["best_set"])

    def test_svg_chart(self):
        import xml.etree.ElementTree as ElementTree
        with tempfile.TemporaryDirectory() as directory:
            chart = os.path.join(directory, "progress.svg")
            self.report(directory, "--chart", chart)
            lint = subprocess.run(["xmllint", "--noout", chart], capture_output=True, check=False)
            self.assertEqual((lint.returncode, lint.stdout + lint.stderr), (0, b""))
            root = ElementTree.parse(chart).getroot()
        svg = "{http://www.w3.org/2000/svg}"
        self.assertEqual(root.tag, svg + "svg")
        texts = [t.text for t in root.iter(svg + "text")]
        self.assertIn("Week, by the date of its Monday", texts)
        self.assertIn("reps, or seconds for holds", texts)
        self.assertEqual(texts.count("2026-11-02"), 2, "the first week's date under each panel")
        self.assertEqual(texts.count("2026-11-09"), 2)
        # The most done in a week is action1's 59: ticks of 10 up to 60. The most planned is
        # the second week's 96 (action1 at 2 x 16) + 5 x 90 = 546: ticks of 100 up to 600.
        self.assertEqual([t for t in texts if t.isdigit()],
                         [str(v) for v in range(0, 61, 10)] + [str(v) for v in range(0, 601, 100)])
        names = ["Prone back extension", "Towel prone row", "Prone arm circles",
                 "Prone breaststroke", "Reverse row under a table", "Prone both-ends lift"]
        self.assertEqual([t for t in texts if t.endswith(")") and "(action" in t],
                         [f"{name} (action{i})" for i, name in enumerate(names, 1)])
        # action3 to action6 logged nothing: the same figures, said once each after the first.
        self.assertEqual([t for t in texts if t.startswith("same figures")],
                         ["same figures as action3"] * 3)
        lines = list(root.iter(svg + "polyline"))
        self.assertEqual(len(lines), 6)
        points = [[tuple(map(float, p.split(","))) for p in line.get("points").split()]
                  for line in lines]
        self.assertEqual([len(p) for p in points], [2] * 6, "one point per week")
        zero_heights = [p[0][1] for p in points[2:]]
        self.assertEqual(len(set(zero_heights)), 4, "lines with the same figures drawn apart")
        self.assertLessEqual(max(zero_heights) - min(zero_heights), 10)
        self.assertEqual(len({line.get("stroke") for line in lines}), 6, "a colour each")
        # Planned beside done: a light and a dark bar per week.
        fills = [r.get("fill") for r in root.iter(svg + "rect")]
        self.assertEqual(fills.count("#d9d9d9"), 2 + 1, "two weeks' planned bars and the key")
        self.assertEqual(fills.count("#2b6a99"), 2 + 1)

    def test_svg_chart_tells_pauses_and_pain(self):
        import xml.etree.ElementTree as ElementTree
        log = ("2026-11-02T08:00:00+00:00 action1 15 15\n"
               "2026-11-04T08:00:00+00:00 action1 15 14 pain=4\n"
               "2026-11-06T08:00:00+00:00 !pause 2026-11-09 2026-11-15\n"
               "2026-11-16T08:00:00+00:00 action1 15 15\n")
        with tempfile.TemporaryDirectory() as directory:
            chart = os.path.join(directory, "progress.svg")
            self.report(directory, "--chart", chart, text=log, until="2026-11-20")
            root = ElementTree.parse(chart).getroot()
        svg = "{http://www.w3.org/2000/svg}"
        # The week of 2026-11-09, its Monday, Wednesday and Friday paused: hatched in each
        # panel, and said so on hover.
        paused = [r.find(svg + "title").text for r in root.iter(svg + "rect")
                  if r.get("fill") == "url(#paused)" and r.find(svg + "title") is not None]
        self.assertEqual(paused, ["paused 3 days"] * 2)
        # One pain report, in the first week, its value on hover.
        titles = [g.find(svg + "title").text for g in root.iter(svg + "g")
                  if g.find(svg + "title") is not None]
        self.assertEqual(titles, ["2026-11-04 action1: pain 4"])
        texts = [t.text for t in root.iter(svg + "text")]
        self.assertIn("paused (days on hover)", texts)
        self.assertIn("pain: the week's highest", texts)
        self.assertNotIn("target met", texts)


if __name__ == "__main__":
    BACKPLAN = sys.argv[1]
    unittest.main(argv=sys.argv[:1], verbosity=2)
