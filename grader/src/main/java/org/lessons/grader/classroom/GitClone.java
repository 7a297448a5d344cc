package org.lessons.grader.classroom;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Clones a learner's git bundle or repository with the {@code git} on the PATH: through git's transport
 * ({@code --no-local}, so no object is hard-linked or followed through a symbolic link), without hooks or
 * symbolic links, with no terminal prompt, the system's and the user's git configuration left out, and a time limit.
 *
 * @param limit how long a clone may take
 */
record GitClone(Duration limit) {

    static final GitClone LIMITED = new GitClone(Duration.ofMinutes(2));

    void cloneInto(Path source, Path target, Path scratch) throws UnusableSubmission, IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of("git", "-c", "core.symlinks=false", "-c",
                "core.hooksPath=/dev/null", "-c", "protocol.allow=never", "-c", "protocol.file.allow=always",
                "clone", "--quiet", "--no-local", "--no-hardlinks", "--", source.toAbsolutePath().toString(),
                target.toAbsolutePath().toString()))
                .redirectErrorStream(true)
                .redirectOutput(scratch.resolve("git.log").toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("GIT_"));
        environment.put("GIT_TERMINAL_PROMPT", "0");
        environment.put("GIT_CONFIG_NOSYSTEM", "1");
        environment.put("GIT_CONFIG_GLOBAL", "/dev/null");
        environment.put("HOME", scratch.toAbsolutePath().toString());
        Process git;
        try {
            git = builder.start();
        } catch (IOException e) {
            throw new UnusableSubmission("a git submission, and there is no git on this machine's PATH to clone it;"
                    + " install git, or unpack it into a directory", e);
        }
        if (!git.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            git.descendants().forEach(ProcessHandle::destroyForcibly);
            git.destroyForcibly();
            throw new UnusableSubmission("git could not clone it within " + limit.toSeconds() + " s");
        }
        if (git.exitValue() != 0) {
            String log = java.nio.file.Files.readString(scratch.resolve("git.log")).strip();
            throw new UnusableSubmission("git could not clone it: "
                    + (log.length() > 300 ? log.substring(0, 300) + "…" : log));
        }
    }
}
