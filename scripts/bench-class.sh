#!/usr/bin/env bash
# bench-class.sh: how many submissions per minute `grade-class` grades on this machine, with --jobs 1 and 2.
#
# Not a test: it prints figures. It builds a class of L learners (default 6: two thirds the reference solutions as
# learners' repositories, one third the stubs as bare source roots), grades the whole class N times (default 3) with
# each --jobs value, every learner every time (--restart), and prints the median wall time and submissions per minute.
#
#   scripts/bench-class.sh [N] [L]         run from anywhere in the repository
#   BENCH_JOBS="1 2 3" scripts/bench-class.sh      other --jobs values (default: "1 2")
#   BENCH_TASKS=run,explain scripts/bench-class.sh  grade only these tasks (default: all)
#
# The machine's load (1-minute load average) is printed before and after: figures taken while other builds run are
# slower, so compare only figures of one run. Exit code: 0, or 2 when it could not run.
set -euo pipefail

N="${1:-3}"
L="${2:-6}"
JOBS="${BENCH_JOBS:-1 2}"
TASKS="${BENCH_TASKS:-}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$ROOT/grader/target/bench-class"
command -v python3 >/dev/null || { echo "bench-class.sh needs python3" >&2; exit 2; }
load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?"; }

echo "Machine: $(nproc) cores, load average $(load) (1, 5, 15 min); java: $(java -version 2>&1 | head -1)"
rm -rf "$WORK"
mkdir -p "$WORK/class"
for i in $(seq 1 "$L"); do
    name="$(printf 'learner-%02d' "$i")"
    if [ $((i % 3)) -eq 0 ]; then
        mkdir -p "$WORK/class/$name" && cp -r "$ROOT/exercises/src/main/java/asyncbasics" "$WORK/class/$name/"
    else
        mkdir -p "$WORK/class/$name/exercises/src/main/java"
        cp -r "$ROOT/solutions/src/main/java/asyncbasics" "$WORK/class/$name/exercises/src/main/java/"
    fi
done
echo "Building (no grading)..."
"$ROOT/scripts/grade-class.sh" --version >/dev/null || { echo "build failed" >&2; exit 2; }
# One grading first, not timed: it makes the children's runtime image and class-data archive if this build has none.
GRADE_CLASS_NO_BUILD=1 "$ROOT/scripts/grade-class.sh" "$WORK/class" --out "$WORK/warm" --work "$WORK/work" \
    --shard "1/$L" ${TASKS:+--tasks="$TASKS"} 2>/dev/null || { echo "the warm-up grading failed" >&2; exit 2; }

: >"$WORK/times.txt"
for run in $(seq 1 "$N"); do
    for jobs in $JOBS; do
        start=$(date +%s.%N)
        GRADE_CLASS_NO_BUILD=1 "$ROOT/scripts/grade-class.sh" "$WORK/class" --out "$WORK/out-$jobs" \
            --work "$WORK/work" --restart --jobs "$jobs" ${TASKS:+--tasks="$TASKS"} 2>"$WORK/log-$jobs.txt" \
            || { echo "grade-class failed; see $WORK/log-$jobs.txt" >&2; exit 2; }
        end=$(date +%s.%N)
        echo "$jobs $(python3 -c "print(f'{$end - $start:.2f}')")" >>"$WORK/times.txt"
        echo "  run $run, --jobs $jobs: $(tail -1 "$WORK/times.txt" | cut -d' ' -f2) s"
    done
done
python3 - "$WORK/times.txt" "$L" "$N" "${TASKS:-all}" <<'PY'
import statistics, sys
path, learners, n, tasks = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
times = {}
for line in open(path):
    jobs, seconds = line.split()
    times.setdefault(int(jobs), []).append(float(seconds))
print(f"== {learners} submissions, tasks: {tasks}; medians of {n} runs ==")
base = None
for jobs in sorted(times):
    median = statistics.median(times[jobs])
    rate = learners * 60 / median
    base = base or rate
    print(f"--jobs {jobs}: {median:6.1f} s for the class, {rate:5.1f} submissions per minute ({rate / base:.2f}x --jobs {min(times)})")
PY
echo "Load average after: $(load)"
