#!/usr/bin/python3
"""Every `generate --format` read back by a reader that is not ours (report's formats:
report_formats_test.py).

Usage: plan_formats_test.py BACKPLAN SOURCE_DIR

Each format of the built-in routine's 4-week plan must carry exactly the plan of the hand-checked
text golden (tests/data/home-back-4-weeks.txt); each format of tests/data/awkward-names.yaml must
give back its names unchanged. Readers: Python's csv, json and html.parser, python3-icalendar,
python3-vobject (validate=True), calcurse -i, and xmllint --html.
"""
import csv
import html.parser
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

import icalendar
import vobject

BACKPLAN = SOURCE = ""
START = "2026-11-23"
STAMP = "1795500000"  # 2026-11-24T06:40:00Z

# The names in tests/data/awkward-names.yaml, as the template declares them.
AWKWARD_ROUTINE = 'Rücken, Schultern; "Zuhause" <daily> | back\\side & more'
AWKWARD_NAMES = {
    "row": 'Row, towel; "slow" <3> | 1/2 \\ *bold* _x_ [a](b) #5',
    "long-utf8": "Überkopfdrücken " + "äöü" * 20,
    "cjk": "背中のトレーニング" * 5,
    "plank": "Side plank — hold 🙂🙂🙂",
}


def backplan(*args, stamp=STAMP):
    env = {"PATH": "/usr/bin:/bin", "HOME": tempfile.gettempdir(), "SOURCE_DATE_EPOCH": stamp,
           "XDG_CONFIG_HOME": os.path.join(tempfile.gettempdir(), "backplan-no-config")}
    # --fresh: the ladder from the plan's first week, whatever log the HOME might hold.
    result = subprocess.run([BACKPLAN, "generate", "--fresh", "--start", START, *args], env=env,
                            capture_output=True, check=False)
    if result.returncode != 0 or result.stderr:
        raise AssertionError(f"backplan {args} failed ({result.returncode}): {result.stderr!r}")
    return result.stdout


def awkward(*args):
    return backplan("--template", os.path.join(SOURCE, "tests/data/awkward-names.yaml"),
                    "--weeks", "2", *args)


def golden_rows():
    """(date, id, name, sets, amount, unit) for every exercise of the hand-checked text plan."""
    rows = []
    date = None
    item = re.compile(r"^  (\S+)\s+(.+?)\s{2,}(\d+) x (\d+) (reps|sec)\s+(?:\[ \] ?)+$")
    with open(os.path.join(SOURCE, "tests/data/home-back-4-weeks.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            day = re.match(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\d{4}-\d\d-\d\d)$", line)
            if day:
                date = day.group(2)
            elif item.match(line):
                m = item.match(line)
                rows.append((date, m.group(1), m.group(2), int(m.group(3)), int(m.group(4)),
                             "seconds" if m.group(5) == "sec" else "reps"))
    assert len(rows) == 4 * 3 * 6, len(rows)
    return rows


PRESCRIPTION = re.compile(r"^(\d+) x (\d+) (reps|sec)$")


def prescription(text):
    m = PRESCRIPTION.match(text)
    assert m, text
    return int(m.group(1)), int(m.group(2)), "seconds" if m.group(3) == "sec" else "reps"


def csv_rows(data):
    text = data.decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    return [(r["date"], r["id"], r["name"], int(r["sets"]), int(r["amount"]), r["unit"])
            for r in rows]


def json_rows(data):
    plan = json.loads(data)
    rows = []
    for week in plan["weeks"]:
        for day in week["days"]:
            for e in day["exercises"]:
                rows.append((day["date"], e["id"], e["name"], e["sets"], e[e["unit"]], e["unit"]))
    return rows


def markdown_rows(data):
    rows = []
    date = None
    for line in data.decode("utf-8").splitlines():
        if not line.startswith("| ") or line.startswith("| Day "):
            continue
        cells = [re.sub(r"\\(.)", r"\1", c).strip()
                 for c in re.split(r"(?<!\\)\|", line)[1:-1]]
        if cells[0]:
            date = cells[0].split(" ")[1]
        sets, amount, unit = prescription(cells[3])
        assert cells[4] == " ".join(["☐"] * sets), cells[4]
        rows.append((date, cells[1], cells[2], sets, amount, unit))
    return rows


class HtmlRows(html.parser.HTMLParser):
    """Rows of the plan tables; checks the boxes to tick and that nothing is fetched or run."""

    def __init__(self):
        super().__init__()
        self.rows, self.cells, self.boxes, self.weeks = [], None, 0, 0
        self.date, self.text, self.in_cell, self.external = None, "", False, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "link", "img", "iframe") or "src" in attrs or "href" in attrs:
            self.external.append(tag)
        if tag == "div" and attrs.get("class") == "week":
            self.weeks += 1
        if tag == "tr":
            self.cells, self.boxes = [], 0
        if tag == "td":
            self.in_cell, self.text = True, ""
            self.is_day = attrs.get("class") == "day"
        if tag == "span" and attrs.get("class") == "box":
            self.boxes += 1

    def handle_data(self, data):
        if self.in_cell:
            self.text += data

    def handle_endtag(self, tag):
        if tag == "td":
            self.in_cell = False
            if self.is_day:
                self.date = self.text.split(" ")[1]
            else:
                self.cells.append(self.text)
        if tag == "tr" and self.cells:
            sets, amount, unit = prescription(self.cells[2])
            assert self.boxes == sets, (self.boxes, sets)
            self.rows.append((self.date, self.cells[0], self.cells[1], sets, amount, unit))


def html_rows(data):
    parser = HtmlRows()
    parser.feed(data.decode("utf-8"))
    assert not parser.external, parser.external
    return parser.rows


DESCRIPTION_LINE = re.compile(r"^(\S+) (.*): (\d+ x \d+ (?:reps|sec))$")


def ics_rows(data):
    rows = []
    for event in icalendar.Calendar.from_ical(data).walk("VEVENT"):
        date = event.decoded("DTSTART")
        for line in str(event["DESCRIPTION"]).split("\n")[:-1]:
            m = DESCRIPTION_LINE.match(line)
            assert m, line
            rows.append((date.strftime("%Y-%m-%d"), m.group(1), m.group(2),
                         *prescription(m.group(3))))
    return rows


def calcurse_import(data):
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "plan.ics")
        with open(path, "wb") as f:
            f.write(data)
        result = subprocess.run(["calcurse", "-D", os.path.join(directory, "data"), "-i", path],
                                capture_output=True, text=True, check=False)
        return result.returncode, result.stdout + result.stderr


class EveryFormatCarriesTheCheckedPlan(unittest.TestCase):
    def setUp(self):
        self.golden = golden_rows()

    def test_csv(self):
        data = backplan("--weeks", "4", "--format", "csv")
        self.assertTrue(data.startswith(b"date,weekday,week,day,id,name,sets,amount,unit\r\n"))
        self.assertNotIn(b"\n", data.replace(b"\r\n", b""), "every record ends in CRLF")
        self.assertEqual(csv_rows(data), self.golden)

    def test_json(self):
        data = backplan("--weeks", "4", "--format", "json")
        plan = json.loads(data)
        self.assertEqual((plan["format"], plan["version"]), ("backplan-plan", 1))
        self.assertEqual((plan["routine"], plan["start"]), ("Home back routine", START))
        self.assertEqual([w["week"] for w in plan["weeks"]], [1, 2, 3, 4])
        self.assertEqual(json_rows(data), self.golden)

    def test_markdown(self):
        data = backplan("--weeks", "4", "--format", "markdown")
        self.assertEqual(len(re.findall(rb"^## Week \d: ", data, re.M)), 4)
        self.assertEqual(markdown_rows(data), self.golden)

    def test_html(self):
        data = backplan("--weeks", "4", "--format", "html")
        lint = subprocess.run(["xmllint", "--html", "--noout", "-"], input=data,
                              capture_output=True, check=False)
        self.assertEqual((lint.returncode, lint.stdout + lint.stderr), (0, b""))
        parser = HtmlRows()
        parser.feed(data.decode("utf-8"))
        self.assertEqual(parser.weeks, 4)
        self.assertIn(b"page-break-after: always", data, "one week per printed page")
        self.assertEqual(html_rows(data), self.golden)

    def test_ics_all_day(self):
        data = backplan("--weeks", "4", "--format", "ics")
        self.assertEqual(ics_rows(data), self.golden)
        events = icalendar.Calendar.from_ical(data).walk("VEVENT")
        self.assertEqual(len(events), 12)
        first = events[0]
        self.assertEqual(str(first["SUMMARY"]), "Home back routine: 6 exercises")
        self.assertEqual(first.decoded("DTSTART").isoformat(), "2026-11-23")
        self.assertEqual(first.decoded("DTEND").isoformat(), "2026-11-24")
        self.assertIn(b"DTSTART;VALUE=DATE:20261123\r\n", data)
        self.assertEqual(str(events[4]["SUMMARY"]), "Home back routine: 6 exercises")
        self.assertEqual(calcurse_import(data),
                         (0, "Import process report: 0174 lines read\n"
                             "0 apps / 12 events / 0 todos / 0 skipped\n"))

    def test_ics_timed_with_alarm(self):
        data = backplan("--weeks", "4", "--format", "ics", "--time", "07:30", "--duration", "45m",
                        "--remind", "10m")
        self.assertEqual(ics_rows(data), self.golden)
        events = icalendar.Calendar.from_ical(data).walk("VEVENT")
        start, end = events[1].decoded("DTSTART"), events[1].decoded("DTEND")
        self.assertEqual((start.isoformat(), end.isoformat()),
                         ("2026-11-25T07:30:00", "2026-11-25T08:15:00"))
        self.assertIsNone(start.tzinfo, "floating local time")
        alarms = events[1].walk("VALARM")
        self.assertEqual(len(alarms), 1)
        self.assertEqual(str(alarms[0]["ACTION"]), "DISPLAY")
        self.assertEqual(alarms[0].decoded("TRIGGER").total_seconds(), -600)
        code, report = calcurse_import(data)
        self.assertEqual((code, report.splitlines()[1]), (0, "12 apps / 0 events / 0 todos / 0 skipped"))

    def test_vobject_validates_both_kinds(self):
        for args in ([], ["--time", "18:00", "--remind", "1h"]):
            data = backplan("--weeks", "4", "--format", "ics", *args)
            calendars = list(vobject.readComponents(data.decode("utf-8"), validate=True))
            self.assertEqual(len(calendars), 1)
            self.assertEqual(len(calendars[0].vevent_list), 12)


class AwkwardNamesSurviveEveryFormat(unittest.TestCase):
    def check_names(self, rows):
        self.assertEqual(len(rows), 2 * 2 * 4)
        for _, ident, name, *_ in rows:
            self.assertEqual(name, AWKWARD_NAMES[ident])

    def test_csv(self):
        self.check_names(csv_rows(awkward("--format", "csv")))

    def test_json(self):
        data = awkward("--format", "json")
        self.assertEqual(json.loads(data)["routine"], AWKWARD_ROUTINE)
        self.check_names(json_rows(data))
        self.assertEqual({r[5] for r in json_rows(data) if r[1] == "plank"}, {"seconds"})

    def test_markdown(self):
        data = awkward("--format", "markdown")
        self.assertTrue(data.decode("utf-8").startswith(
            "# " + re.sub(r"([\\`*_\[\]<>|#&])", r"\\\1", AWKWARD_ROUTINE) + ": 2 weeks"))
        self.check_names(markdown_rows(data))

    def test_html(self):
        data = awkward("--format", "html")
        lint = subprocess.run(["xmllint", "--html", "--noout", "-"], input=data,
                              capture_output=True, check=False)
        self.assertEqual((lint.returncode, lint.stdout + lint.stderr), (0, b""))
        self.check_names(html_rows(data))

    def test_ics_readers(self):
        data = awkward("--format", "ics")
        self.check_names(ics_rows(data))
        calendar = icalendar.Calendar.from_ical(data)
        self.assertEqual(str(calendar["NAME"]), AWKWARD_ROUTINE)
        for event in calendar.walk("VEVENT"):
            self.assertEqual(str(event["SUMMARY"]), AWKWARD_ROUTINE + ": 4 exercises")
        # vobject cuts TEXT at an unescaped comma; calcurse skips such an event.
        for calendar in vobject.readComponents(data.decode("utf-8"), validate=True):
            for event in calendar.vevent_list:
                self.assertTrue(event.summary.value.startswith(AWKWARD_ROUTINE))
        code, report = calcurse_import(data)
        self.assertEqual((code, report.splitlines()[1]), (0, "0 apps / 4 events / 0 todos / 0 skipped"))


class IcsBytes(unittest.TestCase):
    """What no reader checks (RFC 5545 section 3.1): CRLF, 75 octets, UTF-8-safe folding."""

    def test_lines(self):
        for data in (awkward("--format", "ics", "--time", "06:00", "--remind", "5m"),
                     backplan("--weeks", "8", "--format", "ics")):
            self.assertTrue(data.endswith(b"END:VCALENDAR\r\n"))
            lines = data[:-2].split(b"\r\n")
            for line in lines:
                self.assertNotIn(b"\n", line, "a bare LF")
                self.assertNotIn(b"\r", line, "a bare CR")
                self.assertLessEqual(len(line), 75, line)
                line.decode("utf-8")  # a fold inside a character would not decode
            self.assertTrue(any(line.startswith(b" ") for line in lines), "something was folded")

    def test_uids_are_stable_and_the_later_export_wins(self):
        def events(stamp, *args):
            data = backplan("--weeks", "4", "--format", "ics", *args, stamp=stamp)
            return {str(e["UID"]): (int(e["SEQUENCE"]), e.decoded("DTSTAMP"))
                    for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}

        earlier = events(STAMP)
        later = events(str(int(STAMP) + 3600), "--time", "07:30")
        self.assertEqual(len(earlier), 12)
        self.assertEqual(earlier.keys(), later.keys(), "the same days keep their UIDs")
        for uid in earlier:
            self.assertRegex(uid, r"^2026\d{4}-[0-9a-f]{16}@backplan$")
            self.assertEqual(later[uid][0], earlier[uid][0] + 60)
            self.assertGreater(later[uid][1], earlier[uid][1])
        self.assertEqual(backplan("--weeks", "4", "--format", "ics"),
                         backplan("--weeks", "4", "--format", "ics"),
                         "byte-identical for the same inputs and SOURCE_DATE_EPOCH")
        other = backplan("--weeks", "1", "--format", "ics", "--template",
                         os.path.join(SOURCE, "tests/data/awkward-names.yaml"))
        uids = {str(e["UID"]) for e in icalendar.Calendar.from_ical(other).walk("VEVENT")}
        self.assertFalse(uids & earlier.keys(), "another routine's days are other events")


if __name__ == "__main__":
    BACKPLAN, SOURCE = sys.argv[1], sys.argv[2]
    unittest.main(argv=sys.argv[:1], verbosity=2)
