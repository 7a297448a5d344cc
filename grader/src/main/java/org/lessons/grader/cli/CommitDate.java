package org.lessons.grader.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The committer date of the commit a submission's directory is checked out at: Classroom 50's submission instant,
 * the same on every regrade. Read with {@code git log}, which runs no hook, pager or file-system monitor.
 */
final class CommitDate {

    private CommitDate() {
    }

    /** The date, or nothing when the directory is not in a git checkout or git is not installed. */
    static Optional<Instant> of(Path directory) {
        ProcessBuilder git = new ProcessBuilder("git", "--no-pager", "-C", directory.toAbsolutePath().toString(),
                "-c", "core.fsmonitor=false", "log", "-1", "--format=%ct", "HEAD")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process process = git.start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readNBytes(64);
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String seconds = new String(out, StandardCharsets.US_ASCII).strip();
            return process.exitValue() == 0 && seconds.matches("[0-9]{1,12}")
                    ? Optional.of(Instant.ofEpochSecond(Long.parseLong(seconds))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
