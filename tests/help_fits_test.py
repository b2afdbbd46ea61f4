#!/usr/bin/python3
"""Every --help fits 80 columns, its descriptions wrapped under themselves.

Usage: help_fits_test.py BACKPLAN
"""
import subprocess
import sys
import unicodedata
import unittest

BACKPLAN = ""


def columns(line):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def help_of(*words):
    result = subprocess.run([BACKPLAN, *words, "--help"], capture_output=True, check=False,
                            env={"PATH": "/usr/bin:/bin", "HOME": "/nonexistent"})
    if result.returncode != 0 or result.stderr:
        raise AssertionError(f"{words} --help: {result.returncode} {result.stderr!r}")
    return result.stdout.decode("utf-8")


def subcommands():
    names, listing = [], False
    for line in help_of().splitlines():
        if line == "Subcommands:":
            listing = True
        elif listing and line.startswith("  ") and not line.startswith("   "):
            names.append(line.split()[0])
    return names


class HelpFits(unittest.TestCase):
    def test_every_help_within_80_columns(self):
        names = subcommands()
        self.assertIn("generate", names)
        self.assertEqual(len(names), len(set(names)), "each subcommand listed once")
        for words in [()] + [(name,) for name in names]:
            for line in help_of(*words).splitlines():
                self.assertLessEqual(columns(line), 80, f"{' '.join(words)} --help: {line!r}")

    def test_a_long_description_wraps_under_itself(self):
        # "  -t,--template PATH|NAME" padded to column 28; each line of the description as many
        # words as fit in 80 columns, the rest under the first.
        indent = " " * 28
        self.assertIn("  -t,--template PATH|NAME   Routine template: a PATH, or a NAME looked up in\n"
                      + indent + "$XDG_CONFIG_HOME/backplan/plans then the installed\n"
                      + indent + "plans (default: home-back)\n", help_of())

    def test_a_name_too_long_for_its_column_has_the_description_under_it(self):
        self.assertIn("  amounts REPS ... REQUIRED\n" + " " * 28 +
                      "Reps of each set, or seconds for a timed hold (45s)\n", help_of("log"))


if __name__ == "__main__":
    BACKPLAN = sys.argv[1]
    unittest.main(argv=sys.argv[:1], verbosity=2)
