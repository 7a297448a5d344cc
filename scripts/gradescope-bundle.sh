#!/usr/bin/env bash
# Builds the zip Gradescope's autograder takes: setup.sh and run_autograder at its root, and lib/ with the built
# grader, the kit and their runtime classpath. Usage: scripts/gradescope-bundle.sh [ZIP]
# (default target/gradescope-autograder.zip). MVN_FLAGS passes options to Maven, such as -o for offline.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
OUT="${1:-target/gradescope-autograder.zip}"
case "$OUT" in /*) ;; *) OUT="$ROOT/$OUT" ;; esac
STAGE="$ROOT/target/gradescope-bundle"

rm -rf "$STAGE" && mkdir -p "$STAGE/lib" "$(dirname "$OUT")"
# shellcheck disable=SC2086 # MVN_FLAGS is a list of options
mvn -q -B ${MVN_FLAGS:-} -DskipTests -Dgrade.skip=true package dependency:copy-dependencies -pl grader -am \
  -DincludeScope=runtime -DoutputDirectory="$STAGE/lib"
cp grader/target/grader-*.jar "$STAGE/lib/"
cp scripts/gradescope/setup.sh scripts/gradescope/run_autograder "$STAGE/"
chmod +x "$STAGE/setup.sh" "$STAGE/run_autograder"
rm -f "$OUT"
(cd "$STAGE" && zip -qr "$OUT" setup.sh run_autograder lib)
echo "Gradescope autograder: $OUT ($(unzip -l "$OUT" | tail -n 1 | awk '{ print $2 }') files)"
