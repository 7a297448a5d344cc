#!/usr/bin/env bash
# The official grade of a learner's repository: the instructor's grader (a checkout of this project, at the version the
# course pinned) grades the learner's exercises/src/main/java and nothing else of their repository. Their grader/,
# their poms, their workflow and their scripts are never built, read or run, and only regular files of their sources
# are copied (a link could point at files that are not theirs).
#
# Usage: scripts/grade-official.sh INSTRUCTOR_CHECKOUT STUDENT_REPOSITORY [GRADE_JSON]
#   GRADE_JSON defaults to ./official/grade.json; every platform's result goes beside it, in ./official/grade/.
# Environment (optional): GRADER_CLASSPATH (skip the build: the grader's classpath, as a test gives it),
#   GRADER_OPTIONS (more grader options, e.g. --tasks=run), MVN_FLAGS (e.g. -o), REQUIRE_SANDBOX (default true),
#   WITHHOLD_HIDDEN (true: withhold the checks hidden until the grades are published, for a grading the learner can
#   read, such as their repository's workflow; default false, the instructor's own grading).
# Exit codes are the grader's (0 graded, 1 below --min-score, 2 usage, 3 grader failed, 4 no sandbox); 2 also when
# the student repository has no exercises/src/main/java.
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 INSTRUCTOR_CHECKOUT STUDENT_REPOSITORY [GRADE_JSON]" >&2
  exit 2
fi
INSTRUCTOR="$(cd "$1" && pwd)"
STUDENT="$(cd "$2" && pwd)"
JSON="${3:-$PWD/official/grade.json}"
case "$JSON" in /*) ;; *) JSON="$PWD/$JSON" ;; esac
SOURCES="$STUDENT/exercises/src/main/java"
if [ ! -d "$SOURCES" ] || [ -L "$STUDENT/exercises" ] || [ -L "$STUDENT/exercises/src" ] \
    || [ -L "$STUDENT/exercises/src/main" ] || [ -L "$SOURCES" ]; then
  echo "no exercises/src/main/java folder in $STUDENT (or it is a link): nothing to grade" >&2
  exit 2
fi

case "${WITHHOLD_HIDDEN:-false}" in
  true | false) ;;
  *) echo "WITHHOLD_HIDDEN is true or false, not '${WITHHOLD_HIDDEN}'" >&2; exit 2 ;;
esac

if [ -z "${GRADER_CLASSPATH:-}" ]; then
  # The instructor's build: the grader and the kit from the instructor's checkout, never the student's. Maven takes as
  # its project's root the nearest folder upwards that holds a .mvn/, and reads its jvm.config (JVM options, such as a
  # -javaagent), maven.config (options) and extensions.xml (code to load): the student workflow checks the grader out
  # inside the learner's repository, so without MAVEN_BASEDIR a .mvn/ the learner committed would run in this build.
  # shellcheck disable=SC2086 # MVN_FLAGS is a list of options
  (cd "$INSTRUCTOR" && export MAVEN_BASEDIR="$INSTRUCTOR" \
      && mvn -q -B ${MVN_FLAGS:-} -DskipTests -Dgrade.skip=true package dependency:build-classpath \
      -pl grader -am -Dmdep.includeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt)
  GRADER_CLASSPATH="$INSTRUCTOR/grader/target/classes:$(cat "$INSTRUCTOR/grader/target/runtime-classpath.txt")"
fi

# The learner's sources alone, regular files only, under the lesson's layout so that the feedback and the GitHub
# annotations name exercises/src/main/java/asyncbasics/<Task>.java, as in their repository.
STAGE="$(mktemp -d "${TMPDIR:-/tmp}/official-grade.XXXXXX")"
trap 'rm -rf "$STAGE"' EXIT
mkdir -p "$STAGE/exercises/src/main/java"
(cd "$SOURCES" && find . -type f -name '*.java' -exec cp --parents {} "$STAGE/exercises/src/main/java/" \;)
mkdir -p "$(dirname "$JSON")"

# shellcheck disable=SC2086 # GRADER_OPTIONS is a list of options
cd "$STAGE" && java -XX:TieredStopAtLevel=1 -XX:+DisableAttachMechanism -cp "$GRADER_CLASSPATH" \
  org.lessons.grader.cli.GradeCommand --submission exercises/src/main/java --json "$JSON" --work "$STAGE/work" \
  --checkout "$STUDENT" --require-sandbox="${REQUIRE_SANDBOX:-true}" \
  $([ "${WITHHOLD_HIDDEN:-false}" = true ] && echo --withhold-hidden) ${GRADER_OPTIONS:-}
