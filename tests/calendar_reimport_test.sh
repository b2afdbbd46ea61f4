#!/usr/bin/env bash
# Importing a plan's calendar again, as README and backplan(1) describe it, with two clients:
# khal matches events by UID and updates them in place; calcurse does not, and adds a copy of
# every event, unless the routine's events from the new plan's first day are purged first (the
# remedy the documentation gives). Either way an event's SUMMARY is the same whatever --start
# the export began at.
# Usage: calendar_reimport_test.sh BACKPLAN  Exits 77 (CTest's skip) without calcurse or khal.
set -uo pipefail
backplan=$(realpath "$1")
for tool in calcurse khal; do
    if ! command -v "$tool" >/dev/null; then
        echo "$tool is not installed: skipped"
        exit 77
    fi
done
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data XDG_CACHE_HOME=$scratch/cache TZ=UTC
failed=0
fail() {
    echo "FAIL: $*"
    failed=1
}

# Two exports of two weeks each, the second an hour later and a week on: they share the days
# 2026-11-30, 12-02 and 12-04 (Monday, Wednesday and Friday).
SOURCE_DATE_EPOCH=1795500000 "$backplan" generate --weeks 2 --start 2026-11-23 --format ics \
    >"$scratch/first.ics" || fail "first export"
SOURCE_DATE_EPOCH=1795503600 "$backplan" generate --weeks 2 --start 2026-11-30 --format ics \
    >"$scratch/second.ics" || fail "second export"

# "UID SUMMARY" of each event, in the file's order.
events() {
    tr -d '\r' <"$1" | awk -F: '/^UID:/ { uid = $2 } /^SUMMARY:/ { print uid, substr($0, 9) }'
}
[[ $(events "$scratch/first.ics" | wc -l) == 6 ]] || fail "the first export has not 6 events"
shared=$(join <(events "$scratch/first.ics" | sort) <(events "$scratch/second.ics" | sort))
[[ $(wc -l <<<"$shared") == 3 ]] || fail "the exports do not share 3 days: $shared"
# The same day: the same UID and the same title in both exports, whatever their --start.
expected_shared="20261130-8fe064279d64ba09@backplan Home back routine: 6 exercises Home back routine: 6 exercises
20261202-8fe064279d64ba09@backplan Home back routine: 6 exercises Home back routine: 6 exercises
20261204-8fe064279d64ba09@backplan Home back routine: 6 exercises Home back routine: 6 exercises"
[[ $shared == "$expected_shared" ]] || fail "shared days: expected
$expected_shared
got
$shared"

# calcurse: an event per line of data/apts; nine training days in all.
calcurse_days() {
    cut -c1-10 "$1/apts" | sort | uniq -c | awk '{ print $2 ":" $1 }' | tr '\n' ' '
}
once="11/23/2026:1 11/25/2026:1 11/27/2026:1 11/30/2026:1 12/02/2026:1 12/04/2026:1 \
12/07/2026:1 12/09/2026:1 12/11/2026:1 "
calcurse -D "$scratch/calcurse" -i "$scratch/first.ics" >/dev/null || fail "calcurse -i first"
calcurse -D "$scratch/calcurse" -i "$scratch/second.ics" >/dev/null || fail "calcurse -i second"
twice=${once/11\/30\/2026:1/11\/30\/2026:2}
twice=${twice/12\/02\/2026:1/12\/02\/2026:2}
twice=${twice/12\/04\/2026:1/12\/04\/2026:2}
[[ $(calcurse_days "$scratch/calcurse") == "$twice" ]] ||
    fail "calcurse was expected to add copies: $(calcurse_days "$scratch/calcurse")"
# The remedy: purge the routine's events from the new plan's first day, then import.
calcurse -D "$scratch/remedy" -i "$scratch/first.ics" >/dev/null || fail "calcurse -i first"
calcurse -D "$scratch/remedy" -P --input-datefmt 4 --filter-pattern '^Home back routine: ' \
    --filter-start-from 2026-11-30 || fail "calcurse -P"
calcurse -D "$scratch/remedy" -i "$scratch/second.ics" >/dev/null || fail "calcurse -i second"
[[ $(calcurse_days "$scratch/remedy") == "$once" ]] ||
    fail "after the purge, each day once: $(calcurse_days "$scratch/remedy")"

# khal: one file per UID in its calendar folder; the second import updates the shared days.
mkdir -p "$XDG_CONFIG_HOME/khal" "$scratch/khal"
cat >"$XDG_CONFIG_HOME/khal/config" <<EOF
[calendars]
[[training]]
path = $scratch/khal
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
[default]
default_calendar = training
EOF
khal import --batch "$scratch/first.ics" || fail "khal import first"
khal import --batch "$scratch/second.ics" || fail "khal import second"
[[ $(find "$scratch/khal" -name '*.ics' | wc -l) == 9 ]] ||
    fail "khal: expected 9 events, got $(find "$scratch/khal" -name '*.ics' | wc -l)"
# The second export's SEQUENCE is 60 more (an hour later): it replaced the first's.
grep -q '^SEQUENCE:471300' "$scratch/khal/20261130-8fe064279d64ba09@backplan.ics" ||
    fail "khal did not update 2026-11-30 to the second export"
grep -q '^SEQUENCE:471240' "$scratch/khal/20261123-8fe064279d64ba09@backplan.ics" ||
    fail "khal changed 2026-11-23, which only the first export has"
listed=$(khal list 2026-11-30 2026-12-01 2>&1)
[[ $listed == *"Home back routine: 6 exercises"* && $(grep -c 'Home back routine' <<<"$listed") == 1 ]] ||
    fail "khal list 2026-11-30: $listed"

((failed == 0)) && echo "calendars: khal updates in place; calcurse copies unless purged first"
exit "$failed"
