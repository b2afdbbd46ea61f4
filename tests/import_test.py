#!/usr/bin/python3
"""`backplan import` on exports written by hand in each app's columns (tests/data/import), and
`history --format strong|hevy|fitnotes` imported back: the records worked out by hand, in
Europe/Berlin (+02:00 in July, +01:00 in March).

Usage: import_test.py BACKPLAN DATA_DIR
"""
import os
import subprocess
import sys
import tempfile
import unittest

BACKPLAN = ""
DATA = ""

STRONG = ['2025-07-26T07:06:00+02:00 action1 15 14 # felt "tight", ok',
          "2025-07-26T07:06:00+02:00 action2 12 10 # weight 20, 22.5",
          "2025-07-26T07:06:00+02:00 plank 45s",
          "2025-07-28T18:30:00+02:00 action1 16"]


class Import(unittest.TestCase):
    """import FILE, its names, its summary, and importing twice."""

    def setUp(self):
        self.scratch = tempfile.TemporaryDirectory()
        self.dir = self.scratch.name
        self.log = os.path.join(self.dir, "log.txt")

    def tearDown(self):
        self.scratch.cleanup()

    # The files are written under HOME: messages name them from ~/.
    def run_backplan(self, *args, log=None):
        env = {"PATH": "/usr/bin:/bin", "HOME": self.dir, "LANG": "C.UTF-8",
               "TZ": "Europe/Berlin", "XDG_CONFIG_HOME": os.path.join(self.dir, "config")}
        result = subprocess.run([BACKPLAN, "-t", os.path.join(DATA, "routine.yaml"),
                                 "--log", log or self.log, *args],
                                env=env, capture_output=True, check=False)
        return result.returncode, result.stdout.decode(), result.stderr.decode()

    def log_lines(self, log=None):
        with open(log or self.log, encoding="utf-8") as f:
            return f.read().splitlines()

    def test_strong_quoted_fields_bom_crlf_warm_up_rest_timer_12_hour(self):
        code, out, err = self.run_backplan("import", os.path.join(DATA, "strong.csv"),
                                           "--map", "Back Extension=action1")
        self.assertEqual(code, 0, err)
        self.assertEqual(out.splitlines(), STRONG)
        self.assertEqual(self.log_lines(), STRONG)
        self.assertIn("strong.csv: 4 records (6 sets) read: 4 new, 0 already in the log; "
                      "left out: warm-up sets: 1, rest-timer rows: 1", err)

    def test_importing_twice_adds_nothing(self):
        args = ("import", os.path.join(DATA, "strong.csv"), "--map", "Back Extension=action1")
        self.assertEqual(self.run_backplan(*args)[0], 0)
        code, out, err = self.run_backplan(*args)
        self.assertEqual((code, out), (0, ""), err)
        self.assertIn("4 records (6 sets) read: 0 new, 4 already in the log", err)
        self.assertEqual(self.log_lines(), STRONG)

    def test_dry_run_prints_and_appends_nothing(self):
        code, out, err = self.run_backplan("import", os.path.join(DATA, "strong.csv"),
                                           "--map", "Back Extension=action1", "--dry-run")
        self.assertEqual((code, out.splitlines()), (0, STRONG), err)
        self.assertIn("4 would be new", err)
        self.assertFalse(os.path.exists(self.log))

    def test_older_strong_semicolons_units_in_headers(self):
        code, out, err = self.run_backplan("import", os.path.join(DATA, "strong-old.csv"))
        self.assertEqual((code, out), (0, "2024-03-02T07:15:00+01:00 action2 15 15 # 10.5 kg\n"),
                         err)

    def test_hevy_pounds_warm_up_notes(self):
        code, out, err = self.run_backplan("import", os.path.join(DATA, "hevy.csv"))
        self.assertEqual(code, 0, err)
        self.assertEqual(out.splitlines(), ["2025-07-26T07:06:00+02:00 action1 18 17 # slow",
                                            "2025-07-26T07:06:00+02:00 plank 60s",
                                            "2025-07-26T07:06:00+02:00 action2 12 # 25 lb",
                                            "2025-07-27T19:45:00+02:00 action2 14 # 25 lb"])

    def test_fitnotes_dates_at_noon_config_map(self):
        os.makedirs(os.path.join(self.dir, "config", "backplan"))
        with open(os.path.join(self.dir, "config", "backplan", "config.yaml"), "w") as f:
            f.write("map:\n  Back Extension: back-extension\n")
        code, out, err = self.run_backplan("import", os.path.join(DATA, "fitnotes.csv"))
        self.assertEqual(code, 0, err)
        self.assertEqual(out.splitlines(), ["2025-07-26T12:00:00+02:00 action1 15 15 # easy, today",
                                            "2025-07-26T12:00:00+02:00 plank 40s",
                                            "2025-07-27T12:00:00+02:00 action2 12 # 5 kg"])

    def write(self, name, text):
        path = os.path.join(self.dir, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def test_unknown_names_listed_then_exit_65_and_nothing_written(self):
        path = self.write("s.csv", "Date,Exercise Name,Set Order,Reps\n"
                                   "2025-07-26 07:06:00,Bench Press,1,10\n"
                                   "2025-07-26 07:06:00,Bench Press,2,10\n"
                                   "2025-07-26 07:06:00,Towel prone rwo,1,12\n"
                                   "2025-07-26 07:06:00,prone-row,2,12\n")
        code, out, err = self.run_backplan("import", path)
        self.assertEqual((code, out), (65, ""))
        self.assertEqual(err.splitlines(), [
            f"backplan: error: ~/{os.path.basename(path)}: 'Bench Press' (2 sets) is no exercise of the routine",
            f"backplan: error: ~/{os.path.basename(path)}: 'Towel prone rwo' (1 set) is no exercise of the routine; "
            "did you mean 'action2'?",
            f"backplan: error: ~/{os.path.basename(path)}: nothing imported: no exercise matches 2 names; map each with "
            "--map \"NAME=ID\" (or in the config file's map:), or leave them out with "
            "--skip-unknown"])
        self.assertFalse(os.path.exists(self.log))
        code, out, err = self.run_backplan("import", path, "--skip-unknown")
        self.assertEqual((code, out), (0, "2025-07-26T07:06:00+02:00 action2 12\n"), err)
        self.assertIn("left out: sets of names no exercise matches: 3", err)
        code, out, err = self.run_backplan("import", path, "--map", "towel prone rwo=action2",
                                           "--map", "Bench Press=action1", "--dry-run")
        # Both spellings are action2 now: one record of two sets, not the one logged, so it
        # would go to the next free second, as log puts a record whose time is taken.
        self.assertEqual((code, out.splitlines()),
                         (0, ["2025-07-26T07:06:00+02:00 action1 10 10",
                              "2025-07-26T07:06:01+02:00 action2 12 12"]), err)
        self.assertIn("2 records (4 sets) read: 2 would be new, 0 already in the log, 1 moved "
                      "on to a free second", err)

    def test_a_row_that_does_not_read_names_its_line(self):
        path = self.write("s.csv", "Date,Exercise Name,Set Order,Reps\n"
                                   "2025-07-26 07:06:00,prone-row,1,12\n"
                                   "2025-07-26 07:06:00,prone-row,2,x\n"
                                   "yesterday,prone-row,3,12\n")
        code, out, err = self.run_backplan("import", path)
        self.assertEqual((code, out), (65, ""))
        self.assertEqual(err.splitlines(), [
            f"backplan: error: ~/{os.path.basename(path)}:3: Reps: expected a number, got 'x'",
            f"backplan: error: ~/{os.path.basename(path)}:4: date: expected a local date and time like 2025-07-26 "
            "07:06:00, 26 Jul 2025, 07:06 or 2025-07-26 7:06 PM, got 'yesterday'"])
        self.assertFalse(os.path.exists(self.log))

    def test_headers_of_no_app_and_the_wrong_app(self):
        path = self.write("x.csv", "when,what,reps\n2025-07-26,row,12\n")
        code, _, err = self.run_backplan("import", path)
        self.assertEqual(code, 65)
        self.assertIn(f"~/{os.path.basename(path)}:1: not an export of Strong, Hevy or FitNotes", err)
        code, _, err = self.run_backplan("import", os.path.join(DATA, "strong.csv"),
                                         "--from", "hevy")
        self.assertEqual(code, 65)
        self.assertIn("strong.csv:1: not a hevy export: no column 'start_time' or "
                      "'exercise_title'", err)
        code, _, err = self.run_backplan("import", path, "--map", "row=acton2")
        self.assertEqual(code, 65)
        self.assertIn("--map: unknown exercise 'acton2'; did you mean 'action2'?", err)


class RoundTrip(unittest.TestCase):
    """history --format APP, imported into an empty log, gives back the same records."""

    LOG = ("2026-03-02T07:30:00+01:00 action1 20 18 pain=2 # towel, \"slipped\"\n"
           "2026-03-02T07:30:00+01:00 plank 45s 40s\n"
           "2026-03-02T07:31:00+01:00 action2 15 # ok\n"
           "2026-03-03T12:00:00+01:00 action1 21\n"
           "2026-03-04T12:00:00+01:00 !pause 2026-03-05 2026-03-06\n")

    def test_each_app(self):
        records = [line for line in self.LOG.splitlines() if "!pause" not in line]
        at_noon = [line for line in records if "T12:00" in line]
        for app, expected in (("strong", records), ("hevy", records), ("fitnotes", at_noon)):
            with self.subTest(app=app), tempfile.TemporaryDirectory() as directory:
                case = Import(methodName="run")
                case.dir = directory
                case.log = os.path.join(directory, "log.txt")
                with open(case.log, "w", encoding="utf-8") as f:
                    f.write(self.LOG)
                code, exported, err = case.run_backplan("history", "--format", app)
                self.assertEqual(code, 0, err)
                export = os.path.join(directory, "export.csv")
                with open(export, "w", encoding="utf-8", newline="") as f:
                    f.write(exported)
                if app == "fitnotes":
                    # Dates alone: only the records at 12:00 come back as they were.
                    with open(export, encoding="utf-8", newline="") as f:
                        rows = [r for r in f.read().split("\r\n") if "2026-03-02" not in r]
                    with open(export, "w", encoding="utf-8", newline="") as f:
                        f.write("\r\n".join(rows))
                again = os.path.join(directory, "again.txt")
                code, _, err = case.run_backplan("import", export, log=again)
                self.assertEqual(code, 0, err)
                self.assertEqual(case.run_backplan("history", log=again)[1].splitlines(), expected)

    def test_lines_written_in_other_offsets(self):
        # A line logged in New York and one written by hand in UTC: an app's times have no
        # offset, so each leaves as the Berlin time of its instant and comes back the same
        # record (14:00+01:00 is 08:00-05:00; 05:30 on the 6th is 23:30-05:00 on the 5th).
        log = ("2026-03-04T08:00:00-05:00 action1 21\n"
               "2026-03-05T06:00:00Z action2 16\n"
               "2026-03-05T23:30:00-05:00 action2 17\n")
        expected = ["2026-03-04T14:00:00+01:00 action1 21",
                    "2026-03-05T07:00:00+01:00 action2 16",
                    "2026-03-06T05:30:00+01:00 action2 17"]
        for app in ("strong", "hevy"):
            with self.subTest(app=app), tempfile.TemporaryDirectory() as directory:
                case = Import(methodName="run")
                case.dir = directory
                case.log = os.path.join(directory, "log.txt")
                with open(case.log, "w", encoding="utf-8") as f:
                    f.write(log)
                code, exported, err = case.run_backplan("history", "--format", app)
                self.assertEqual(code, 0, err)
                export = os.path.join(directory, "export.csv")
                with open(export, "w", encoding="utf-8", newline="") as f:
                    f.write(exported)
                again = os.path.join(directory, "again.txt")
                code, _, err = case.run_backplan("import", export, log=again)
                self.assertEqual(code, 0, err)
                self.assertEqual(case.run_backplan("history", log=again)[1].splitlines(), expected)
                # Into the log it came from: every record is there already.
                code, out, err = case.run_backplan("import", export)
                self.assertEqual(code, 0, err)
                self.assertEqual(out, "")
                self.assertIn("3 records (3 sets) read: 0 new, 3 already in the log", err)


if __name__ == "__main__":
    BACKPLAN, DATA = sys.argv[1], sys.argv[2]
    unittest.main(argv=sys.argv[:1])
