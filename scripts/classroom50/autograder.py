#!/usr/bin/env python3
"""Classroom 50 autograder for Async Basics: the official grade, from the instructor's pinned grader.

Install it as the assignment's autograder in your classroom50 repository
(<classroom>/autograders/<slug>/autograder.py), or as the classroom's default:
    gh teacher autograder set-default <org> <classroom> --from scripts/classroom50/autograder.py
with the runtime in scripts/classroom50/runtime.json (Ubuntu 24.04, Java 17, bubblewrap).

Classroom 50's runner starts it in the learner's checkout, with CLASSROOM, ASSIGNMENT, USERNAME, SUBMISSION_TAG,
COMMIT_URL, RELEASE_URL, REVIEW_URL and MODE set. It fetches the grader at GRADER_REF from GRADER_REPOSITORY (edit them
below), grades only exercises/src/main/java with scripts/grade-official.sh and the sandbox on, and leaves result.json
(classroom50/result/v1) and release-body.md in the checkout. Exit code 0 when it graded, whatever the score; anything
else is an infrastructure failure, for which the runner writes its own error result.

Environment for tests: GRADER_CHECKOUT (a grader already checked out: no fetch), and what grade-official.sh reads
(GRADER_CLASSPATH, GRADER_OPTIONS, MVN_FLAGS); GRADER_TOKEN reads a private grader repository.
"""

from __future__ import annotations

import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

GRADER_REPOSITORY = os.environ.get("GRADER_REPOSITORY", "your-org/async-basics")
GRADER_REF = os.environ.get("GRADER_REF", "v1")
# The learner reads the release and the run: the explain answers' verdicts (hidden until the grades are published) are
# withheld from both, and their points are left out of this score; your own grading (grade-class) has them. "false"
# shows them, and then a learner who pushes again and again can read the answer key off the PASS/FAIL table.
WITHHOLD_HIDDEN = os.environ.get("WITHHOLD_HIDDEN", "true")


def fetch_grader(into: pathlib.Path) -> pathlib.Path:
    """The instructor's grader at GRADER_REF (a tag, branch or commit), fetched alone into `into`."""
    token = os.environ.get("GRADER_TOKEN", "")
    credentials = f"x-access-token:{token}@" if token else ""
    url = f"https://{credentials}github.com/{GRADER_REPOSITORY}.git"
    for command in (["git", "init", "--quiet", str(into)],
                    ["git", "-C", str(into), "fetch", "--quiet", "--depth", "1", url, GRADER_REF],
                    ["git", "-C", str(into), "checkout", "--quiet", "FETCH_HEAD"]):
        subprocess.run(command, check=True)
    return into


def allow_the_sandbox() -> None:
    """Ubuntu 24.04 runners restrict unprivileged user namespaces, which bubblewrap needs; lift that if sudo may."""
    if shutil.which("sudo"):
        subprocess.run(["sudo", "-n", "sysctl", "-q", "-w", "kernel.apparmor_restrict_unprivileged_userns=0"],
                       check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main() -> int:
    learner = pathlib.Path.cwd()
    with tempfile.TemporaryDirectory(prefix="official-grade-") as work:
        work_path = pathlib.Path(work)
        given = os.environ.get("GRADER_CHECKOUT", "")
        grader = pathlib.Path(given) if given else fetch_grader(work_path / "grader")
        allow_the_sandbox()
        grade_json = work_path / "official" / "grade.json"
        graded = subprocess.run(["bash", str(grader / "scripts" / "grade-official.sh"), str(grader), str(learner),
                                 str(grade_json)], check=False, env={**os.environ, "WITHHOLD_HIDDEN": WITHHOLD_HIDDEN})
        results = grade_json.parent / "grade" / "classroom50"
        if graded.returncode not in (0, 1) or not (results / "result.json").is_file():
            print(f"autograder: no Classroom 50 result (grader exit code {graded.returncode}); see the log above",
                  file=sys.stderr)
            return 1
        for name in ("result.json", "release-body.md"):
            if (results / name).is_file():
                shutil.copyfile(results / name, learner / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
