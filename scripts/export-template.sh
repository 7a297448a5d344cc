#!/usr/bin/env bash
# Writes the repository students receive: the exercises and their guide, the kit, the practice grader, the workflow
# that gets them their official grade, and poms that build it alone. Left out: the reference solutions, the grader's
# own tests (mutants, hostile submissions), the explain task's answer key (grader/src/main/resources/instructor/),
# the kit's tests, and the instructor's scripts and CI. Usage: scripts/export-template.sh OUT_DIR (must not exist,
# or be empty).
set -euo pipefail
if [ $# -ne 1 ]; then
  echo "usage: $0 OUT_DIR" >&2
  exit 2
fi
cd "$(dirname "$0")/.."
OUT="$1"
if [ -e "$OUT" ] && [ -n "$(ls -A "$OUT")" ]; then
  echo "$OUT is not empty; give a new folder" >&2
  exit 2
fi
mkdir -p "$OUT"

# Copies the regular files under $1 (a folder of this project) into $OUT, but never a build's target/ folder.
copy_tree() {
  find "$1" -type f -not -path '*/target/*' -print0 | while IFS= read -r -d '' file; do
    mkdir -p "$OUT/$(dirname "$file")" && cp "$file" "$OUT/$file"
  done
}

copy_tree exercises
copy_tree kit/src/main
cp kit/pom.xml "$OUT/kit/pom.xml"
copy_tree grader/src/main
rm -rf "$OUT/grader/src/main/resources/instructor"
cp grader/pom.xml "$OUT/grader/pom.xml"
cp .gitignore "$OUT/.gitignore"
copy_tree .mvn
mkdir -p "$OUT/.github/workflows"
cp template/.github/workflows/grade.yml "$OUT/.github/workflows/grade.yml"
cp template/README.md "$OUT/README.md"

# The parent pom without the solutions module and the instructors' profiles (solutions, selftest).
awk '
  /<module>solutions<\/module>/ { next }
  /^  <profiles>/ { skip = 1 }
  skip && /^  <\/profiles>/ { skip = 0; next }
  skip { next }
  { sub(/ The `solutions` profile swaps in the reference\./, ""); print }
' pom.xml >"$OUT/pom.xml"

echo "student template written to $OUT ($(find "$OUT" -type f | wc -l) files)"
