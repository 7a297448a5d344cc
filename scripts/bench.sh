#!/usr/bin/env bash
# bench.sh: how long grading takes, and where a grade's time goes.
#
# Not a test: it prints figures, the median of N runs each (default 3), all measured in this one run so
# that they can be compared with each other:
#   - baselines: a bare `java -version`, a hello-world JVM;
#   - a full grade of the reference solutions and a grade of the stubs, through the grader's command line
#     (no Maven): the grading time (grade.json's durationMillis), the process's wall time, and the CPU
#     seconds of the whole process tree (the grader JVM and every child JVM it started and reaped), taken
#     from /usr/bin/time;
#   - the same full grade with the child JVMs' class-data archive switched off (--no-class-archive),
#     when the grader has that switch: the cost of a child JVM start with and without it; and once more
#     also without the grader JVM's -XX:TieredStopAtLevel=1 (both as they were before they came);
#   - the same full grade with the sandbox off (--no-sandbox), when the grader has that switch: what the
#     bubblewrap sandbox costs (the target: at most 10% more time);
#   - `mvn -q -o verify -Psolutions`: Maven's wall time, start-up included; and once more with Maven's own JVM on
#     the JDK's default compilers and collector (MAVEN_OPTS undoing .mvn/jvm.config), the baseline of that file;
#   - the breakdown of a grade (grade.json's `phases`): compilation, static rules, child JVM starts,
#     lesson time, child exits, reports; once more from a grade with --jobs 1, where phases add up.
# The first grade after a build also creates the class-data archive; it is reported on its own ("cold").
#
#   scripts/bench.sh [N]            run from anywhere in the repository
#   BENCH_SKIP_MAVEN=1 scripts/bench.sh    leave out the `mvn verify` figure
#
# The machine's load (1-minute load average) is printed before and after: figures taken while other
# builds run are slower, so compare only figures of one run. Exit code: 0, or 2 when it could not run.
set -euo pipefail

N="${1:-3}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$ROOT/grader/target/bench"
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "bench.sh needs GNU time at $TIME (apt-get install time)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "bench.sh needs python3" >&2; exit 2; }

cd "$ROOT"
load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?"; }
echo "Machine: $(nproc) cores, load average $(load) (1, 5, 15 min); java: $(java -version 2>&1 | head -1)"
echo "Building (no grading)..."
mvn -q -B -o package -Dgrade.skip=true >/dev/null 2>&1 || mvn -q -B package -Dgrade.skip=true >/dev/null || {
    echo "build failed" >&2; exit 2; }
rm -rf "$WORK"
mkdir -p "$WORK"
# The runtime classpath, as the exec plugin of `mvn verify` builds it; the kit comes from this worktree.
# Built in the reactor with the kit, so that the kit need not be installed in the local repository (grader's own
# module is the last to write the file).
CLASSPATH_GOALS=(-pl kit,grader -DskipTests -Dgrade.skip=true package dependency:build-classpath -Dmdep.includeScope=runtime
    -Dmdep.outputFile="$WORK/deps.txt")
{ mvn -q -B -o "${CLASSPATH_GOALS[@]}" >/dev/null 2>&1 || mvn -q -B "${CLASSPATH_GOALS[@]}" >/dev/null; } \
    || { echo "cannot build the classpath" >&2; exit 2; }
CP="$ROOT/grader/target/classes:$ROOT/kit/target/classes:$(tr ':' '\n' <"$WORK/deps.txt" | grep -v '/lesson-kit/' | paste -sd: -)"
# The grader JVM's own options, as grader/pom.xml gives them to `mvn verify`'s grading.
GRADER_OPTS=(-XX:TieredStopAtLevel=1 -XX:+DisableAttachMechanism)
HAS_ARCHIVE_SWITCH=0
java -cp "$CP" org.lessons.grader.cli.GradeCommand --help 2>&1 | grep -q -- 'class-archive' && HAS_ARCHIVE_SWITCH=1
HAS_SANDBOX_SWITCH=0
java -cp "$CP" org.lessons.grader.cli.GradeCommand --help 2>&1 | grep -q -- '--\[no-\]sandbox' && HAS_SANDBOX_SWITCH=1

# Runs a command under GNU time; appends "wall_s cpu_s" to file $1.
timed() {
    local out="$1"; shift
    "$TIME" -f '%e %U %S' -o "$WORK/time.txt" "$@"
    awk '{printf "%s %.2f\n", $1, $2 + $3}' "$WORK/time.txt" >>"$out"
}

# Grades a source root once: grade <label> <source root> [grader options...]; keeps its grade.json.
grade() {
    grade_with "${GRADER_OPTS[*]}" "$@"
}

# The same with other JVM options for the grader itself: grade_with "<options>" <label> <source root> [...].
grade_with() {
    local jvm_options="$1" label="$2" source="$3"; shift 3
    local earlier=("$WORK/$label"-[0-9]*.json)
    [ -e "${earlier[0]}" ] || earlier=()
    local json="$WORK/$label-$((${#earlier[@]} + 1)).json"
    # shellcheck disable=SC2086 # the options are words
    timed "$WORK/$label.times" java $jvm_options -cp "$CP" org.lessons.grader.cli.GradeCommand --submission "$source" \
        --json "$json" --work "$WORK/grading" --quiet "$@" >"$WORK/$label.out" 2>&1 \
        || { echo "grading failed; see $WORK/$label.out" >&2; exit 2; }
}

echo "Baselines..."
mkdir -p "$WORK/hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' >"$WORK/hello/Hello.java"
javac -d "$WORK/hello" "$WORK/hello/Hello.java"
for ((i = 0; i < N; i++)); do
    timed "$WORK/java-version.times" java -version 2>/dev/null
    timed "$WORK/hello.times" java -cp "$WORK/hello" Hello >/dev/null
done

echo "A cold grade of the solutions (the first after a build: any cached archive is removed)..."
rm -rf "$ROOT/grader/target/child-jvm"
grade cold solutions/src/main/java

echo "$N grades of the solutions, $N of the stubs..."
for ((i = 0; i < N; i++)); do
    grade solutions solutions/src/main/java
    grade stubs exercises/src/main/java
    if [ "$HAS_SANDBOX_SWITCH" = 1 ]; then
        grade solutions-unsandboxed solutions/src/main/java --no-sandbox
    fi
    if [ "$HAS_ARCHIVE_SWITCH" = 1 ]; then
        grade solutions-no-archive solutions/src/main/java --no-class-archive
        grade_with "" solutions-plain solutions/src/main/java --no-class-archive
    fi
done
echo "One grade of the solutions with --jobs 1, for a breakdown that adds up..."
grade serial solutions/src/main/java --jobs=1

if [ -z "${BENCH_SKIP_MAVEN:-}" ]; then
    echo "$N runs of mvn -q -o verify -Psolutions..."
    for ((i = 0; i < N; i++)); do
        timed "$WORK/maven.times" mvn -q -B -o verify -Psolutions >"$WORK/maven.out" 2>&1 \
            || { echo "mvn verify failed; see $WORK/maven.out" >&2; exit 2; }
        if [ -f .mvn/jvm.config ]; then
            MAVEN_OPTS="${MAVEN_OPTS:-} -XX:TieredStopAtLevel=4 -XX:-UseSerialGC" \
                timed "$WORK/maven-default.times" mvn -q -B -o verify -Psolutions >"$WORK/maven.out" 2>&1 \
                || { echo "mvn verify failed; see $WORK/maven.out" >&2; exit 2; }
        fi
    done
fi
echo "Load average after: $(load)"
echo

python3 - "$WORK" "$N" <<'PY'
import glob, json, os, re, statistics, sys

work, n = sys.argv[1], int(sys.argv[2])

def times(label):
    path = os.path.join(work, label + ".times")
    if not os.path.exists(path):
        return None
    rows = [tuple(map(float, line.split())) for line in open(path) if line.strip()]
    return statistics.median(r[0] for r in rows), statistics.median(r[1] for r in rows), len(rows)

def grades(label):
    files = glob.glob(os.path.join(work, label + "-*.json"))
    return [json.load(open(f)) for f in sorted(files) if re.fullmatch(re.escape(label) + r"-\d+\.json", os.path.basename(f))]

def med(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None

def fmt_s(value):
    return "   n/a" if value is None else f"{value:6.2f}"

print(f"== figures: medians of {n} runs (s = seconds) ==")
print(f"{'':44} {'grading':>8} {'process':>8} {'CPU':>8}  score")
for label, what in [("java-version", "java -version"), ("hello", "hello-world JVM")]:
    wall, cpu, _ = times(label)
    print(f"{what:44} {'':>8} {wall:7.2f}s {cpu:7.2f}s")
for label, what in [("cold", "solutions, cold (creates the archive)"), ("solutions", "full grade of the solutions"),
                    ("solutions-unsandboxed", "full grade, --no-sandbox"),
                    ("solutions-no-archive", "full grade, --no-class-archive"),
                    ("solutions-plain", "full grade, no archive, grader JVM with C2"), ("stubs", "grade of the stubs"),
                    ("serial", "full grade, --jobs 1")]:
    t = times(label)
    if t is None:
        continue
    g = grades(label)
    duration = med(x["durationMillis"] / 1000 for x in g)
    scores = sorted({f'{x["score"]}/{x["maxScore"]}' for x in g})
    print(f"{what:44} {duration:7.2f}s {t[0]:7.2f}s {t[1]:7.2f}s  {', '.join(scores)}")
t = times("maven")
if t is not None:
    print(f"{'mvn -q -o verify -Psolutions':44} {'':>8} {t[0]:7.2f}s {t[1]:7.2f}s")
t = times("maven-default")
if t is not None:
    print(f"{'  the same, Maven without .mvn/jvm.config':44} {'':>8} {t[0]:7.2f}s {t[1]:7.2f}s")
print("grading = grade.json durationMillis; process = the grader's wall time, JVM start-up and reports included;")
print("CPU = user + system seconds of the process and every child JVM it started; a sandboxed child runs in a")
print("process namespace of its own, whose CPU time GNU time does not see: the --no-sandbox line has the whole tree's.")

sandboxed, unsandboxed = grades("solutions"), grades("solutions-unsandboxed")
if sandboxed and unsandboxed:
    on = med(x["durationMillis"] / 1000 for x in sandboxed)
    off = med(x["durationMillis"] / 1000 for x in unsandboxed)
    states = sorted({str(x.get("sandboxed")) for x in sandboxed})
    print(f"the sandbox (sandboxed: {', '.join(states)}): a full grade takes {on:.2f} s with it, {off:.2f} s without: "
          f"{(on / off - 1) * 100:+.0f}%")

def per_child(label):
    g = [x for x in grades(label) if "phases" in x and x["phases"]["childStart"]["count"]]
    return med(x["phases"]["childStart"]["millis"] / x["phases"]["childStart"]["count"] for x in g)

with_archive, without_archive = per_child("solutions"), per_child("solutions-no-archive")
if with_archive is not None:
    line = f"one child JVM start (launch until the harness is ready), median per child: {with_archive:.0f} ms"
    if without_archive is not None:
        line += f" with the class-data archive, {without_archive:.0f} ms without"
    print(line)
for label, what in [("solutions", "full grade"), ("solutions-no-archive", "full grade without the archive"),
                    ("solutions-plain", "full grade without the archive, grader with C2"), ("stubs", "grade of the stubs")]:
    g = [x for x in grades(label) if "graderCpuMillis" in x.get("phases", {})]
    t = times(label)
    if g and t:
        own = med(x["phases"]["graderCpuMillis"] / 1000 for x in g)
        print(f"CPU of a {what}: {t[1]:.2f} s, of which the grader JVM's own {own:.2f} s and the child JVMs' about "
              f"{max(0, t[1] - own):.2f} s")

PHASES = [("compilation", "javac in the grader: one pass over every task's file (and a pass per task it cannot stand for)"),
          ("staticRules", "static rules: ArchUnit imports (one for the one pass) and each rule"),
          ("childRuntime", "the children's runtime image and staged classpath (linked once)"),
          ("classArchive", "creating the child class-data archive (once)"),
          ("childStart", "child JVM start, until the harness is ready"),
          ("lesson", "lesson time: the learner's code running"),
          ("childExit", "child JVM exit, after the code returned"),
          ("reports", "timelines and the console report")]

def breakdown(label, title):
    g = [x for x in grades(label) if "phases" in x]
    if not g:
        print(f"\n(no `phases` in {label}'s grade.json: this grader does not account for its phases)")
        return
    print(f"\n== {title} ==")
    duration = med(x["durationMillis"] for x in g)
    total = 0
    for key, what in PHASES:
        millis = med(x["phases"].get(key, {}).get("millis", 0) for x in g)
        count = med(x["phases"].get(key, {}).get("count", 0) for x in g)
        total += millis
        per = f"  ({count:.0f} x {millis / count:5.0f} ms)" if count else ""
        print(f"  {key:13} {millis / 1000:6.2f} s  {what}{per}")
    print(f"  {'sum':13} {total / 1000:6.2f} s  of {duration / 1000:.2f} s grading", end="")
    if all(x.get("phases", {}).get("jobs", 1) == 1 for x in g):
        print(f"; the rest, {max(0, duration - total) / 1000:.2f} s, is the launcher, the checks' own work and waits")
    else:
        print(f"; with --jobs {g[0]['phases'].get('jobs')} the phases of two tasks overlap, so they need not add up")
    cpu = med(x["phases"].get("graderCpuMillis") for x in g)
    if cpu is not None:
        print(f"  grader JVM's own CPU while grading: {cpu / 1000:.2f} s (the rest of the tree's CPU is the child JVMs')")

breakdown("solutions", f"breakdown of a full grade of the solutions (medians of {n}, default --jobs)")
breakdown("serial", "breakdown of one full grade with --jobs 1 (phases add up)")
breakdown("solutions-no-archive", f"breakdown with --no-class-archive (medians of {n})")
breakdown("solutions-unsandboxed", f"breakdown with --no-sandbox (medians of {n})")
cold = [x for x in grades("cold") if "phases" in x]
if cold and "classArchive" in cold[0]["phases"]:
    print(f"\ncold grade: creating the archive took {cold[0]['phases']['classArchive']['millis'] / 1000:.2f} s")
if cold and "childRuntime" in cold[0]["phases"]:
    print(f"cold grade: linking the runtime image and staging the classpath took "
          f"{cold[0]['phases']['childRuntime']['millis'] / 1000:.2f} s")
PY
