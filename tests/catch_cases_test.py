#!/usr/bin/python3
"""Every Catch test case runs exactly once under CTest.

catch_discover_tests makes one CTest entry per case, named after it; a name that CTest splits (at
a ';') or mangles becomes entries that match no case, which Catch would run as nothing. This
check lists each test program's cases (--list-test-names-only) and the CTest entries that run
that program (ctest --show-only=json-v1), and fails when the two differ: a case with no entry,
an entry with no case, or a case with two entries. (Each entry also runs with --warn NoTests,
so an entry that matches nothing fails where it runs.)

Usage: catch_cases_test.py BUILD_DIR PROGRAM...
"""
import collections
import json
import os
import subprocess
import sys


def main():
    build_dir, programs = sys.argv[1], [os.path.realpath(p) for p in sys.argv[2:]]
    shown = subprocess.run(["ctest", "--test-dir", build_dir, "--show-only=json-v1"],
                           check=True, capture_output=True, text=True).stdout
    entries = collections.defaultdict(list)
    for test in json.loads(shown)["tests"]:
        command = test.get("command") or []
        if command and os.path.realpath(command[0]) in programs:
            entries[os.path.realpath(command[0])].append(test["name"])
    problems = []
    total = 0
    for program in programs:
        # Catch exits with the number of cases listed, not 0.
        listed = subprocess.run([program, "--list-test-names-only"],
                                capture_output=True, text=True).stdout
        cases = [line for line in listed.splitlines() if line.strip()]
        total += len(cases)
        name = os.path.basename(program)
        counts = collections.Counter(entries[program])
        for case in cases:
            if counts[case] == 0:
                problems.append(f"{name}: the case '{case}' has no CTest entry: it never runs")
            elif counts[case] > 1:
                problems.append(f"{name}: the case '{case}' has {counts[case]} CTest entries")
        for entry in set(counts) - set(cases):
            problems.append(f"{name}: the CTest entry '{entry}' is no case: it runs nothing")
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print(f"every one of the {total} Catch cases has one CTest entry")
    return 0


if __name__ == "__main__":
    sys.exit(main())
