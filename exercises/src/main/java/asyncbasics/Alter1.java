package asyncbasics;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.lessons.kit.EventLoop;
import org.lessons.kit.Job;

/**
 * Alter 1: add a fourth task, D, that takes 1.5 seconds. Run the four tasks both ways (one after
 * another, then all at once) and compare the times.
 *
 * <p>This class is a copy of the Run task with D added to {@link #JOBS}; write its methods again
 * (you may copy them from your {@code Run}). Expect the sequential section to take about
 * 2 + 1 + 3 + 1.5 = 7.5 seconds and the concurrent one about 3 seconds, the longest task; D, at
 * 1.5 seconds, finishes between B and A. The grader checks:
 * <ul>
 *   <li>the exact lines of both sections, D included: in the concurrent section the done lines come
 *       in the order B, D, A, C, and D's says {@code "Task D done after 1.5 seconds"};</li>
 *   <li>the sequential section takes about 7.5 seconds, from its first start line to its total line;</li>
 *   <li>the concurrent section takes about 3 seconds, from its first start line to its total line;</li>
 *   <li>both methods work for another task list it does not show you: the same kind of lines, the
 *       printed totals are the measured ones, and the results come in argument order.</li>
 * </ul>
 * Run it with {@code mvn -q compile exec:java -pl exercises -Dexec.mainClass=asyncbasics.Alter1};
 * grade it alone with {@code mvn verify -Dgrade.tasks=alter-1}.
 */
public final class Alter1 {

    /** The original's three tasks and the new D: A waits 2 s, B 1 s, C 3 s, D 1.5 s. */
    public static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3), Job.of("D", 1.5));

    private Alter1() {
    }

    /**
     * Prints {@code "  Task D starting..."}, waits {@code seconds} with {@link EventLoop#sleep(double)},
     * prints {@code "  Task D done after 1.5 seconds"} ({@code LessonTime.describe(seconds)} words the
     * seconds) and completes with {@code "D result"}.
     */
    public static CompletableFuture<String> doTask(String name, double seconds) {
        throw new UnsupportedOperationException("alter-1: doTask is not written yet: print the start line, "
                + "return EventLoop.sleep(seconds).thenApply(...) that prints the done line and returns \"" + name + " result\"");
    }

    /**
     * Runs the jobs one after another, then prints {@code "Sequential total: ~7.5 seconds"} with the
     * total measured by {@link EventLoop#time()} (for example
     * {@code "~" + LessonTime.describe(Math.round(elapsed * 10) / 10.0)}); completes with the results
     * in argument order.
     */
    public static CompletableFuture<List<String>> sequential(List<Job> jobs) {
        throw new UnsupportedOperationException("alter-1: sequential is not written yet: chain doTask calls with thenCompose");
    }

    /**
     * Starts every job at once and gathers them; prints {@code "Concurrent total: ~3 seconds"}
     * (measured) and then {@code "Results: ['A result', 'B result', 'C result', 'D result']"};
     * completes with the results in argument order.
     */
    public static CompletableFuture<List<String>> concurrent(List<Job> jobs) {
        throw new UnsupportedOperationException("alter-1: concurrent is not written yet: start all doTask calls, then allOf");
    }

    public static void main(String[] args) {
        EventLoop.run(() -> {
            System.out.println("--- Sequential execution ---");
            return sequential(JOBS).thenCompose(ignored -> {
                System.out.println();
                System.out.println("--- Concurrent execution ---");
                return concurrent(JOBS);
            });
        });
    }
}
