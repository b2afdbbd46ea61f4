#!/usr/bin/env bash
# No source file over 400 lines (issue #25): a file that grows past it is split by what it holds
# (report_writer.cpp, the text report, and report_data_writer.cpp, its CSV and JSON).
# Usage: file_lengths_test.sh SRC_DIR
set -euo pipefail
src=${1:?usage: file_lengths_test.sh SRC_DIR}
limit=400
long=$(find "$src" -type f \( -name '*.cpp' -o -name '*.hpp' -o -name '*.in' \) -exec wc -l {} + |
    awk -v limit="$limit" '$2 != "total" && $1 > limit {print "  " $2 ": " $1 " lines"}')
if [[ -n $long ]]; then
    echo "FAIL: source files over $limit lines:"
    echo "$long"
    exit 1
fi
echo "every source file is within $limit lines"
