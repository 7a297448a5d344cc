package asyncbasics;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.lessons.kit.EventLoop;
import org.lessons.kit.Job;

/**
 * Alter 3: gather with {@code return_exceptions=True}, and make one task raise an error. In asyncio,
 * {@code gather(..., return_exceptions=True)} waits for every task and puts a failed task's
 * exception into the results, in that task's slot, instead of crashing. Do the same in Java: give
 * each task's future its own {@code handle((value, error) -> ...)} so that it completes with either
 * the value or the exception, then gather those.
 *
 * <p>Task {@link #FAILING} ("B") raises: after its wait it fails with
 * {@code new IllegalStateException("Task B failed")} and prints no done line. The grader checks:
 * <ul>
 *   <li>every task runs to its end: the lines are A, B, C starting, A done, C done, then the total
 *       and the results (B prints no done line, and nothing crashes);</li>
 *   <li>the section takes about 3 seconds, from its first start line to its total line: the gather
 *       waits for every task, not just until the first failure;</li>
 *   <li>B's slot holds B's exception and the other slots their values, in argument order: it
 *       checks the printed {@code Results} line and the returned list, also on a task list it
 *       does not show you (with B at another place).</li>
 * </ul>
 * Run it with {@code mvn -q compile exec:java -pl exercises -Dexec.mainClass=asyncbasics.Alter3};
 * grade it alone with {@code mvn verify -Dgrade.tasks=alter-3}.
 */
public final class Alter3 {

    /** The original's three tasks: A waits 2 s, B 1 s, C 3 s. */
    public static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3));

    /** The name of the task that raises after its wait. */
    public static final String FAILING = "B";

    private Alter3() {
    }

    /**
     * Prints {@code "  Task A starting..."} and waits {@code seconds} with {@link EventLoop#sleep(double)};
     * then, if {@code name} is {@link #FAILING}, fails with
     * {@code new IllegalStateException("Task " + name + " failed")} (throw it inside {@code thenApply});
     * otherwise prints {@code "  Task A done after 2 seconds"} and completes with {@code "A result"}.
     */
    public static CompletableFuture<String> doTask(String name, double seconds) {
        throw new UnsupportedOperationException("alter-3: doTask is not written yet: print the start line, "
                + "then EventLoop.sleep(seconds).thenApply(...) that throws for " + FAILING + " and returns \"" + name + " result\" otherwise");
    }

    /**
     * Starts every job at once; turns each task's future into one that holds its value or its
     * exception ({@code handle}), gathers those, prints {@code "Concurrent total: ~3 seconds"}
     * (measured with {@link EventLoop#time()}) and
     * {@code "Results: ['A result', IllegalStateException('Task B failed'), 'C result']"} (use
     * {@link #pythonList(List)}); completes with the list: a String per task that succeeded, the
     * exception for the one that failed (a CompletionException around it is accepted too).
     */
    public static CompletableFuture<List<Object>> gatherAll(List<Job> jobs) {
        throw new UnsupportedOperationException("alter-3: gatherAll is not written yet: doTask(...).handle((value, error) -> ...) "
                + "per job, then allOf");
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
                Throwable shown = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                return shown.getClass().getSimpleName() + "('" + shown.getMessage() + "')";
            }
            return "'" + item + "'";
        }).collect(Collectors.joining(", ", "[", "]"));
    }
}
