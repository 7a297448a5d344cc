package asyncbasics;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.lessons.kit.EventLoop;
import org.lessons.kit.Job;
import org.lessons.kit.LessonTime;

/** Mutant alter3-total-rounded-wrongly: rounds the total to a tenth without multiplying by 10 first, so it prints ~0.3 seconds for 3. */
public final class Alter3 {

    /** The original's three tasks: A waits 2 s, B 1 s, C 3 s. */
    public static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3));

    /** The name of the task that raises after its wait. */
    public static final String FAILING = "B";

    private Alter3() {
    }

    /** Prints the start line and waits; then fails if the task is {@link #FAILING}, else prints the done line. */
    public static CompletableFuture<String> doTask(String name, double seconds) {
        System.out.println("  Task " + name + " starting...");
        return EventLoop.sleep(seconds).thenApply(ignored -> {
            if (name.equals(FAILING)) {
                throw new IllegalStateException("Task " + name + " failed");
            }
            System.out.println("  Task " + name + " done after " + LessonTime.describe(seconds));
            return name + " result";
        });
    }

    /** Runs every job at once; each slot of the result holds the task's value or its exception. */
    public static CompletableFuture<List<Object>> gatherAll(List<Job> jobs) {
        double start = EventLoop.time();
        List<CompletableFuture<String>> tasks = jobs.stream().map(job -> doTask(job.name(), job.seconds())).toList();
        return EventLoop.gatherReturningExceptions(tasks).thenApply(results -> {
            System.out.println("Concurrent total: ~" + LessonTime.describe(Math.round(EventLoop.time() - start) / 10.0));
            System.out.println("Results: " + pythonList(results));
            return results;
        });
    }

    public static void main(String[] args) {
        EventLoop.run(() -> {
            System.out.println("--- Concurrent execution ---");
            return gatherAll(JOBS);
        });
    }

    /**
     * Given: formats results as Python prints them: {@code ['A result', IllegalStateException('Task B failed')]}.
     * A CompletionException is shown as the exception inside it.
     */
    public static String pythonList(List<?> results) {
        return results.stream().map(item -> {
            if (item instanceof Throwable error) {
                Throwable shown = unwrap(error);
                return shown.getClass().getSimpleName() + "('" + shown.getMessage() + "')";
            }
            return "'" + item + "'";
        }).collect(Collectors.joining(", ", "[", "]"));
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
