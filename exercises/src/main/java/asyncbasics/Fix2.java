package asyncbasics;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.lessons.kit.EventLoop;
import org.lessons.kit.Job;

/**
 * Fix 2: add try/except around the tasks, so that one task's error does not crash the whole group.
 * Task {@link #FAILING} ("B") raises after its wait; without handling, its exception fails the
 * gather and {@code EventLoop.run} throws it. Handle the error inside each task instead: the failing
 * task prints an error line and completes with an error value, the others are not disturbed.
 *
 * <p>The grader checks:
 * <ul>
 *   <li>the failing task reports its error as soon as it fails: the lines are A, B, C starting,
 *       {@code "Task B error: Task B failed"}, A done, C done, then the total and the results
 *       (and the program completes normally);</li>
 *   <li>the section takes about 3 seconds, the longest task, from its first start line to its total line;</li>
 *   <li>on a task list it does not show you (B elsewhere): B's error line, no done line for B, the
 *       results in argument order with {@code "B error"} in B's slot (returned and printed), and
 *       the printed total is the measured one.</li>
 * </ul>
 * Run it with {@code mvn -q compile exec:java -pl exercises -Dexec.mainClass=asyncbasics.Fix2};
 * grade it alone with {@code mvn verify -Dgrade.tasks=fix-2}.
 */
public final class Fix2 {

    /** The original's three tasks: A waits 2 s, B 1 s, C 3 s. */
    public static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3));

    /** The name of the task that raises after its wait. */
    public static final String FAILING = "B";

    private Fix2() {
    }

    /**
     * Prints {@code "  Task A starting..."} and waits {@code seconds} with {@link EventLoop#sleep(double)};
     * then, if {@code name} is {@link #FAILING}, fails with
     * {@code new IllegalStateException("Task " + name + " failed")} (throw it inside {@code thenApply});
     * otherwise prints {@code "  Task A done after 2 seconds"} and completes with {@code "A result"}.
     */
    public static CompletableFuture<String> doTask(String name, double seconds) {
        throw new UnsupportedOperationException("fix-2: doTask is not written yet: print the start line, "
                + "then EventLoop.sleep(seconds).thenApply(...) that throws for " + FAILING + " and returns \"" + name + " result\" otherwise");
    }

    /**
     * The try/except around one task: runs {@code doTask(name, seconds)}; if it fails, prints
     * {@code "  Task B error: Task B failed"} (the exception's own message; unwrap a
     * {@code CompletionException} to reach it) and completes normally with {@code "B error"};
     * otherwise completes with the task's result. Its future never fails.
     */
    public static CompletableFuture<String> safeTask(String name, double seconds) {
        throw new UnsupportedOperationException("fix-2: safeTask is not written yet: doTask(name, seconds)"
                + ".exceptionally(error -> { print the error line; return \"" + name + " error\"; })");
    }

    /**
     * Starts {@code safeTask} for every job at once and gathers them; prints
     * {@code "Concurrent total: ~3 seconds"} (measured with {@link EventLoop#time()}) and
     * {@code "Results: ['A result', 'B error', 'C result']"}; completes with the results in argument order.
     */
    public static CompletableFuture<List<String>> concurrent(List<Job> jobs) {
        throw new UnsupportedOperationException("fix-2: concurrent is not written yet: safeTask per job, then allOf");
    }

    public static void main(String[] args) {
        EventLoop.run(() -> {
            System.out.println("--- Concurrent execution ---");
            return concurrent(JOBS);
        });
    }
}
