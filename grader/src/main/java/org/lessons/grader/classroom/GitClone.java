package org.lessons.grader.classroom;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Clones a learner's git bundle or repository with the {@code git} on the PATH: through git's transport
 * ({@code --no-local}, so no object is hard-linked or followed through a symbolic link), without hooks or
 * symbolic links, with no terminal prompt, the system's and the user's git configuration left out, and a time limit.
 * Nothing is checked out before the commit's tree has been counted: a tree of more files or bytes than a zip may
 * hold is refused, as a zip would be (a "git bomb" of a few kilobytes names a billion files).
 *
 * @param limit how long a clone, and then its checkout, may take
 * @param maxFiles how many files the checked-out tree may hold
 * @param maxBytes how many bytes its files may hold in all
 */
record GitClone(Duration limit, int maxFiles, long maxBytes) {

    static final GitClone LIMITED = new GitClone(Duration.ofMinutes(2), Unzip.CAPPED.maxEntries(),
            Unzip.CAPPED.maxBytes());

    private static final List<String> SAFE = List.of("git", "-c", "core.symlinks=false", "-c",
            "core.hooksPath=/dev/null", "-c", "core.fsmonitor=false", "-c", "protocol.allow=never", "-c",
            "protocol.file.allow=always");

    void cloneInto(Path source, Path target, Path scratch) throws UnusableSubmission, IOException, InterruptedException {
        String into = target.toAbsolutePath().toString();
        int cloned = git(scratch, "clone it", List.of("clone", "--quiet", "--no-local", "--no-hardlinks", "--no-checkout",
                "--", source.toAbsolutePath().toString(), into));
        if (cloned != 0) {
            throw new UnusableSubmission("git could not clone it: " + log(scratch));
        }
        countTree(into, scratch);
        if (git(scratch, "check it out", List.of("-C", into, "checkout", "--quiet", "HEAD", "--", ".")) != 0) {
            throw new UnusableSubmission("git could not check out its last commit: " + log(scratch));
        }
    }

    /** Reads the commit's tree, one entry a line, and stops at the caps, before a file of it is written. */
    private void countTree(String repository, Path scratch) throws UnusableSubmission, IOException, InterruptedException {
        Process listing = start(scratch, List.of("-C", repository, "ls-tree", "-r", "-l", "--full-tree", "HEAD"),
                ProcessBuilder.Redirect.PIPE);
        long files = 0;
        long bytes = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(listing.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split("\\s+", 5);
                files++;
                bytes += fields.length > 3 && fields[3].matches("[0-9]{1,18}") ? Long.parseLong(fields[3]) : 0;
                if (files > maxFiles || bytes > maxBytes) {
                    listing.descendants().forEach(ProcessHandle::destroyForcibly);
                    listing.destroyForcibly();
                    throw new UnusableSubmission("its last commit holds more than " + maxFiles + " files or "
                            + (maxBytes >> 20) + " MiB; hand in the lesson's sources only");
                }
            }
        }
        if (!listing.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            listing.destroyForcibly();
            throw new UnusableSubmission("git could not read its last commit within " + limit.toSeconds() + " s");
        }
        if (listing.exitValue() != 0) {
            throw new UnusableSubmission("git could not read its last commit (an empty repository?): " + log(scratch));
        }
    }

    /** Runs git with {@code arguments}, its output in {@code scratch/git.log}; its exit code. */
    private int git(Path scratch, String what, List<String> arguments)
            throws UnusableSubmission, IOException, InterruptedException {
        Process git = start(scratch, arguments, ProcessBuilder.Redirect.to(scratch.resolve("git.log").toFile()));
        if (!git.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            git.descendants().forEach(ProcessHandle::destroyForcibly);
            git.destroyForcibly();
            throw new UnusableSubmission("git could not " + what + " within " + limit.toSeconds() + " s");
        }
        return git.exitValue();
    }

    private static Process start(Path scratch, List<String> arguments, ProcessBuilder.Redirect output)
            throws UnusableSubmission, IOException {
        List<String> command = new ArrayList<>(SAFE);
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(output);
        if (output.type() == ProcessBuilder.Redirect.Type.PIPE) {
            builder.redirectError(ProcessBuilder.Redirect.appendTo(scratch.resolve("git.log").toFile()));
        } else {
            builder.redirectErrorStream(true);
        }
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("GIT_"));
        environment.put("GIT_TERMINAL_PROMPT", "0");
        environment.put("GIT_CONFIG_NOSYSTEM", "1");
        environment.put("GIT_CONFIG_GLOBAL", "/dev/null");
        environment.put("HOME", scratch.toAbsolutePath().toString());
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UnusableSubmission("a git submission, and there is no git on this machine's PATH to clone it;"
                    + " install git, or unpack it into a directory", e);
        }
    }

    private static String log(Path scratch) throws IOException {
        Path file = scratch.resolve("git.log");
        String log = Files.exists(file) ? Files.readString(file).strip() : "";
        return log.length() > 300 ? log.substring(0, 300) + "…" : log;
    }
}
