package asyncbasics;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.lessons.kit.EventLoop;
import org.lessons.kit.Job;

/**
 * Run: the original program, in Java. Three tasks wait 2, 1 and 3 lesson seconds; run them one
 * after another, then all at once, then with {@code EventLoop.createTask}.
 *
 * <p>Write each method below; {@code main} already strings them together. The grader checks:
 * <ul>
 *   <li>the exact line order of each section (see {@code exercises/README.md} for the lines);</li>
 *   <li>each "done" line comes its task's seconds after its "starting" line, never earlier;</li>
 *   <li>the sequential total is about the sum, the concurrent totals about the longest task;</li>
 *   <li>the totals you print are the ones you measured with {@link EventLoop#time()} (it also
 *       tries other task lists, so a hard-coded number fails);</li>
 *   <li>{@code concurrent} returns results in argument order, although B finishes first;</li>
 *   <li>task lines are printed on the loop thread, and nothing blocks the loop.</li>
 * </ul>
 * Run it with {@code mvn -q compile exec:java -pl exercises -Dexec.mainClass=asyncbasics.Run}
 * or from your IDE; grade it alone with {@code mvn verify -Dgrade.tasks=run}.
 */
public final class Run {

    /** The original's three tasks: A waits 2 s, B 1 s, C 3 s. */
    public static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3));

    private Run() {
    }

    /**
     * Prints {@code "  Task A starting..."}, waits {@code seconds} with {@link EventLoop#sleep(double)}
     * (never {@code Thread.sleep}), prints {@code "  Task A done after 2 seconds"} (use
     * {@code LessonTime.describe(seconds)} for "1 second" / "2 seconds") and completes with
     * {@code "A result"}.
     */
    public static CompletableFuture<String> doTask(String name, double seconds) {
        throw new UnsupportedOperationException("run: doTask is not written yet: print the start line, "
                + "return EventLoop.sleep(seconds).thenApply(...) that prints the done line and returns \"" + name + " result\"");
    }

    /**
     * Runs the jobs one after another (compose each {@code doTask} after the previous one) and then
     * prints {@code "Sequential total: ~6 seconds"}, measured with {@link EventLoop#time()}.
     */
    public static CompletableFuture<List<String>> sequential(List<Job> jobs) {
        throw new UnsupportedOperationException("run: sequential is not written yet: chain doTask calls with thenCompose");
    }

    /**
     * Starts every job at once and gathers them ({@code CompletableFuture.allOf}); prints
     * {@code "Concurrent total: ~3 seconds"} and then {@code "Results: ['A result', 'B result', 'C result']"};
     * completes with the results in argument order.
     */
    public static CompletableFuture<List<String>> concurrent(List<Job> jobs) {
        throw new UnsupportedOperationException("run: concurrent is not written yet: start all doTask calls, then allOf");
    }

    /**
     * Wraps each job in {@code EventLoop.createTask(() -> doTask(...))}, awaits all the tasks, prints
     * {@code "create_task total: ~3 seconds"} and completes with the results in argument order.
     */
    public static CompletableFuture<List<String>> withCreateTask(List<Job> jobs) {
        throw new UnsupportedOperationException("run: withCreateTask is not written yet: createTask per job, then await them all");
    }

    public static void main(String[] args) {
        EventLoop.run(() -> {
            System.out.println("--- Sequential execution ---");
            return sequential(JOBS)
                    .thenCompose(ignored -> {
                        System.out.println();
                        System.out.println("--- Concurrent execution ---");
                        return concurrent(JOBS);
                    })
                    .thenCompose(ignored -> {
                        System.out.println();
                        System.out.println("--- create_task execution ---");
                        return withCreateTask(JOBS);
                    });
        });
    }
}
