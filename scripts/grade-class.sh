#!/usr/bin/env bash
# grade-class.sh: builds the grader (no tests, no grading) and runs `grade-class` with the given arguments.
#
#   scripts/grade-class.sh class/ --out grades/            grade every learner in class/
#   scripts/grade-class.sh class/ --out grades/ --jobs 2   two learners at once (the default)
#   scripts/grade-class.sh merge --out grades/ shard-1/ shard-2/
#   scripts/grade-class.sh --help
#
# GRADE_CLASS_NO_BUILD=1 skips the build (the classpath of the last build is used). Maven works offline when it can.
# Exit code: grade-class's (0 graded, 2 usage error, 3 grader failure, 4 no sandbox), or 2 when the build failed.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CP_FILE="$ROOT/grader/target/grade-class.classpath"
mvn_try() { mvn -q -B -o "$@" >/dev/null 2>&1 || mvn -q -B "$@" >/dev/null; }
if [ -z "${GRADE_CLASS_NO_BUILD:-}" ] || [ ! -s "$CP_FILE" ]; then
    (cd "$ROOT" && mvn_try package -DskipTests -Dgrade.skip=true -pl grader -am) || { echo "build failed" >&2; exit 2; }
    (cd "$ROOT/grader" && mvn_try dependency:build-classpath -Dmdep.includeScope=runtime \
        -Dmdep.outputFile="$CP_FILE.deps") || { echo "cannot build the classpath" >&2; exit 2; }
    # The kit comes from this checkout's build, not from a copy installed in the local repository.
    echo "$ROOT/grader/target/classes:$ROOT/kit/target/classes:$(tr ':' '\n' <"$CP_FILE.deps" | grep -v '/lesson-kit/' \
        | paste -sd: -)" >"$CP_FILE"
fi
# C1 only, as for `mvn verify`'s grading; no JVM may attach to the grader.
exec java -XX:TieredStopAtLevel=1 -XX:+DisableAttachMechanism -cp "$(cat "$CP_FILE")" \
    org.lessons.grader.classroom.GradeClassCommand "$@"
