#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder's image (Ubuntu): it installs what
# run_autograder needs, a JDK 17 or newer (the grader compiles the learner's files and links the children's
# runtime with jlink) and bubblewrap, the sandbox the learner's code runs in.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

apt-get update -qq
if ! command -v javac >/dev/null 2>&1 \
    || ! javac -version 2>&1 | grep -Eq 'javac (1[7-9]|[2-9][0-9])'; then
  # 21 where the image's release has it (Ubuntu 22.04 and later), 17 otherwise.
  apt-get install -y -qq openjdk-21-jdk-headless || apt-get install -y -qq openjdk-17-jdk-headless
fi
# bubblewrap, and util-linux for setpriv and prlimit, which the grader starts each sandboxed child with.
apt-get install -y -qq bubblewrap util-linux

javac -version
bwrap --version
