#!/usr/bin/env bash
# soak.sh: are the grader's verdicts stable on a machine whose cores are all busy?
#
# Not part of the normal test run. It grades the reference solutions and every mutant under
# grader/src/test/mutants (each mutant only for the task(s) whose file it holds) once on the quiet machine;
# that first grading is the expected verdict. Then it starts a CPU hog (four busy `sh` loops on this 2-core
# machine, started here and killed by process id when the script ends, however it ends) and grades them all
# again and again until at least N loaded gradings are done. A verdict is the score plus the set of failed
# check ids and the set of checks that could not be judged (they earn nothing), taken from the grade JSON. It
# prints every verdict that differed from the expected one, how many differed, how many gradings had a check
# that could not be judged, and the time per grade, quiet and loaded.
#
#   scripts/soak.sh [N]         N = loaded gradings at least (default 20); run from anywhere in the repo
#   SOAK_HOGS=2 scripts/soak.sh   number of busy loops (default: 4)
#   SOAK_ONLY='solutions|run-hardcoded-total' scripts/soak.sh 6   only submissions whose name matches (grep -E)
#
# Exit code: 0 when no verdict differed, 1 when some did, 2 when it could not run.
set -euo pipefail

N="${1:-20}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$ROOT/grader/target/soak"
HOGS="${SOAK_HOGS:-4}"
HOG_PIDS=()

stop_hogs() {
    local pid
    for pid in "${HOG_PIDS[@]:-}"; do
        [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    done
    for pid in "${HOG_PIDS[@]:-}"; do
        [ -n "$pid" ] && wait "$pid" 2>/dev/null || true
    done
    HOG_PIDS=()
}
trap stop_hogs EXIT
trap 'stop_hogs; exit 130' INT TERM

start_hogs() {
    local i
    for ((i = 0; i < HOGS; i++)); do
        sh -c 'while :; do :; done' &
        HOG_PIDS+=("$!")
    done
    echo "CPU hog: ${#HOG_PIDS[@]} busy loops, pids ${HOG_PIDS[*]}"
}

cd "$ROOT"
echo "Building (no grading)..."
mvn -q -B -o verify -Dgrade.skip=true >/dev/null 2>&1 || mvn -q -B verify -Dgrade.skip=true >/dev/null || {
    echo "build failed" >&2; exit 2; }
# Built in the reactor with the kit, so that the kit need not be installed in the local repository (grader's own
# module is the last to write the file).
DEPS_FILE="$(mktemp)"
mvn -q -B -o -pl kit,grader -DskipTests -Dgrade.skip=true package dependency:build-classpath \
    -Dmdep.outputFile="$DEPS_FILE" >/dev/null 2>&1 || { echo "cannot build the classpath" >&2; exit 2; }
DEPS="$(cat "$DEPS_FILE")"
rm -f "$DEPS_FILE"
# The kit comes from this worktree, never from ~/.m2.
CP="$ROOT/grader/target/classes:$ROOT/kit/target/classes:$(echo "$DEPS" | tr ':' '\n' | grep -v '/lesson-kit/' | paste -sd: -)"

# Task ids by class name, from the LessonTask enum: RUN("run", "Run", ...) -> Run=run.
declare -A TASK_OF
while IFS='=' read -r class id; do
    TASK_OF["$class"]="$id"
done < <(grep -oE '^\s*[A-Z0-9_]+\("[^"]+", *"[^"]+"' grader/src/main/java/org/lessons/grader/lesson/LessonTask.java \
    | sed -E 's/^\s*[A-Z0-9_]+\("([^"]+)", *"([^"]+)"/\2=\1/')

# Submissions: name|source root|tasks (empty = all).
SUBMISSIONS=("solutions|$ROOT/solutions/src/main/java|")
for dir in grader/src/test/mutants/*/; do
    name="$(basename "$dir")"
    tasks=""
    for file in "$dir"asyncbasics/*.java; do
        class="$(basename "$file" .java)"
        if [ -n "${TASK_OF[$class]:-}" ]; then
            tasks="${tasks:+$tasks,}${TASK_OF[$class]}"
        fi
    done
    [ -n "$tasks" ] && SUBMISSIONS+=("$name|$ROOT/$dir|$tasks")
done
if [ -n "${SOAK_ONLY:-}" ]; then
    KEPT=()
    for entry in "${SUBMISSIONS[@]}"; do
        if grep -qE "^(${SOAK_ONLY})\|" <<<"$entry"; then KEPT+=("$entry"); fi
    done
    SUBMISSIONS=("${KEPT[@]}")
fi
[ "${#SUBMISSIONS[@]}" -gt 0 ] || { echo "no submission matches SOAK_ONLY=$SOAK_ONLY" >&2; exit 2; }
echo "${#SUBMISSIONS[@]} submissions: $(for e in "${SUBMISSIONS[@]}"; do printf '%s ' "${e%%|*}"; done)"

rm -rf "$WORK"
mkdir -p "$WORK"

# Grades one submission; prints "millis<TAB>score<TAB>failed ids<TAB>inconclusive ids".
grade() {
    local name="$1" source="$2" tasks="$3" tag="$4"
    local json="$WORK/$name-$tag.json"
    local started ended
    started=$(date +%s%N)
    java -cp "$CP" org.lessons.grader.cli.GradeCommand --submission "$source" --json "$json" \
        --tasks "$tasks" --work "$WORK/work-$name" --quiet >"$WORK/$name-$tag.out" 2>&1 || true
    ended=$(date +%s%N)
    python3 - "$json" "$(( (ended - started) / 1000000 ))" <<'PY'
import json, sys
path, millis = sys.argv[1], sys.argv[2]
try:
    grade = json.load(open(path))
except (OSError, ValueError):
    print(f"{millis}\tNO-GRADE\t-\t-")
    sys.exit()
checks = [c for t in grade["tasks"] for c in t["checks"]]
failed = sorted(f'{c["id"]}' for c in checks if c["status"] == "failed")
unsure = sorted(f'{c["id"]}' for c in checks if c["status"] == "inconclusive")
print(f'{millis}\t{grade["score"]}\t{",".join(failed) or "-"}\t{",".join(unsure) or "-"}')
PY
}

declare -A EXPECTED
QUIET_MS=0
echo
echo "== expected verdicts (quiet machine) =="
for entry in "${SUBMISSIONS[@]}"; do
    IFS='|' read -r name source tasks <<<"$entry"
    IFS=$'\t' read -r ms score failed unsure < <(grade "$name" "$source" "$tasks" quiet)
    EXPECTED["$name"]="$score $failed $unsure"
    QUIET_MS=$((QUIET_MS + ms))
    printf '  %-28s %5d ms  score %-3s failed %s%s\n' "$name" "$ms" "$score" "$failed" \
        "$([ "$unsure" != "-" ] && echo "  inconclusive $unsure")"
done

echo
echo "== loaded gradings (at least $N) =="
start_hogs
LOADED=0 DIFFERED=0 INCONCLUSIVE=0 LOADED_MS=0 MAX_MS=0 ROUND=0
while [ "$LOADED" -lt "$N" ]; do
    ROUND=$((ROUND + 1))
    for entry in "${SUBMISSIONS[@]}"; do
        IFS='|' read -r name source tasks <<<"$entry"
        IFS=$'\t' read -r ms score failed unsure < <(grade "$name" "$source" "$tasks" "loaded-$ROUND")
        LOADED=$((LOADED + 1))
        LOADED_MS=$((LOADED_MS + ms))
        [ "$ms" -gt "$MAX_MS" ] && MAX_MS=$ms
        [ "$unsure" != "-" ] && INCONCLUSIVE=$((INCONCLUSIVE + 1))
        verdict="$score $failed $unsure"
        if [ "$verdict" != "${EXPECTED[$name]}" ]; then
            DIFFERED=$((DIFFERED + 1))
            printf '  DIFFERS round %d %-22s %5d ms  got score %s failed %s; expected %s\n' "$ROUND" "$name" "$ms" \
                "$score" "$failed" "${EXPECTED[$name]}"
        else
            printf '  same    round %d %-22s %5d ms%s\n' "$ROUND" "$name" "$ms" \
                "$([ "$unsure" != "-" ] && echo "  (inconclusive: $unsure)")"
        fi
    done
done
stop_hogs

echo
echo "== summary =="
echo "quiet:  ${#SUBMISSIONS[@]} gradings, $((QUIET_MS / ${#SUBMISSIONS[@]})) ms per grade on average"
echo "loaded: $LOADED gradings with $HOGS busy loops, $((LOADED_MS / LOADED)) ms per grade on average, slowest $MAX_MS ms"
echo "verdicts that differed from the quiet ones: $DIFFERED of $LOADED"
echo "loaded gradings with a check that could not be judged: $INCONCLUSIVE of $LOADED"
[ "$DIFFERED" -eq 0 ]
