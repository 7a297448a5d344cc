package org.lessons.grader.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Waits, before the learner's code runs, until the JIT compiler has compiled what the warm-up made hot: its threads
 * all sleep, their queue empty. A thread that asks for a compilation while a compiler thread it woke before still waits
 * for a CPU blocks until that thread has run (HotSpot notifies the compile queue, glibc's condition variable makes the
 * notifier wait for the waiters it woke); on a busy machine that took the loop thread off its CPU for up to 80 ms,
 * which lesson time counted. Linux names the threads in {@code /proc/self/task}; elsewhere it does not wait.
 */
final class CompilerQuiet {

    private static final Path TASKS = Path.of("/proc/self/task");
    /** How long it waits at most: the JIT is quiet after tens of milliseconds even on a busy machine. */
    private static final long LIMIT_NANOS = 500_000_000L;
    /** Consecutive looks, 1 ms apart, that must find every compiler thread asleep. */
    private static final int QUIET_LOOKS = 3;

    private CompilerQuiet() {
    }

    static void await() {
        if (!Files.isDirectory(TASKS)) {
            return;
        }
        long deadline = System.nanoTime() + LIMIT_NANOS;
        int quiet = 0;
        try {
            while (quiet < QUIET_LOOKS && System.nanoTime() < deadline) {
                quiet = anyCompiling() ? 0 : quiet + 1;
                Thread.sleep(1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether a compiler thread runs or waits for a CPU: state R in its {@code stat}, after the name in brackets. */
    private static boolean anyCompiling() {
        try (Stream<Path> tasks = Files.list(TASKS)) {
            for (Path task : tasks.toList()) {
                String stat = read(task.resolve("stat"));
                int name = stat.indexOf('(');
                int end = stat.lastIndexOf(')');
                if (name >= 0 && end > name && stat.substring(name + 1, end).contains("CompilerThre")
                        && end + 2 < stat.length() && stat.charAt(end + 2) == 'R') {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
