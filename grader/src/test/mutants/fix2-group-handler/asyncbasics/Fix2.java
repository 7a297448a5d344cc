package asyncbasics;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.lessons.kit.EventLoop;
import org.lessons.kit.Job;
import org.lessons.kit.LessonTime;

/** Mutant fix2-group-handler: the error is caught by one exceptionally on the gather, not per task: the gather ends at B's
 * failure, the program completes, and A and C are still running when the loop closes. */
public final class Fix2 {

    /** The original's three tasks: A waits 2 s, B 1 s, C 3 s. */
    public static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3));

    /** The name of the task that raises after its wait. */
    public static final String FAILING = "B";

    private Fix2() {
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

    /** The try/except around one task: on failure prints "  Task B error: Task B failed" and completes with "B error". */
    public static CompletableFuture<String> safeTask(String name, double seconds) {
        return doTask(name, seconds);
    }

    /** Gathers safeTask of every job; prints the total and the results in argument order. */
    public static CompletableFuture<List<String>> concurrent(List<Job> jobs) {
        double start = EventLoop.time();
        List<CompletableFuture<String>> futures = jobs.stream().map(job -> safeTask(job.name(), job.seconds())).toList();
        return EventLoop.gather(futures).thenApply(results -> {
            System.out.println("Concurrent total: ~" + LessonTime.describe(Math.round((EventLoop.time() - start) * 10) / 10.0));
            System.out.println("Results: " + results.stream().map(r -> "'" + r + "'").collect(Collectors.joining(", ", "[", "]")));
            return results;
        }).exceptionally(error -> {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            System.out.println("  Task " + FAILING + " error: " + cause.getMessage());
            return List.of();
        });
    }

    public static void main(String[] args) {
        EventLoop.run(() -> {
            System.out.println("--- Concurrent execution ---");
            return concurrent(JOBS);
        });
    }
}
