package asyncbasics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.lessons.kit.Job;

/**
 * Hostile submission: tries to raise its grade from inside the child JVM. It writes a perfect
 * grade.json where the grader keeps its own, starts a process that keeps rewriting grade files after
 * the run ends, and interrupts the grader's threads in its JVM. Then it does no task at all. None of it
 * may change the grade: the grade file is written by the grader after every child and every process
 * a child started has ended.
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
        Path root = lessonRoot();
        attempt(() -> Files.writeString(root.resolve("target/grade.json"), FAKE));
        attempt(() -> new ProcessBuilder("sh", "-c", "for i in $(seq 1 50); do sleep 0.2; "
                + "find '" + root.resolve("grader/target") + "' -name grade.json -exec sh -c 'echo \"$0\" > \"$1\"' '"
                + FAKE + "' {} \\; ; done").start());
        attempt(() -> Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("grader-"))
                .forEach(Thread::interrupt));
        System.out.println("{\"score\":100,\"maxScore\":100}");
        System.out.println("TOTAL: 100/100");
        throw new IllegalStateException("hostile: tampering done");
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

    private static void attempt(Attempt attempt) {
        try {
            attempt.run();
        } catch (IOException | RuntimeException e) {
            // failed: try the next thing
        }
    }
}
