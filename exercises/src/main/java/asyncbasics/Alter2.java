package asyncbasics;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.lessons.kit.EventLoop;
import org.lessons.kit.Job;

/**
 * Alter 2: change gather to create_task. Instead of handing all the futures to
 * {@code CompletableFuture.allOf}, wrap each task in {@link EventLoop#createTask} (asyncio's
 * {@code create_task}), keep the task handles it returns, and await them yourself, one after
 * another. What changes?
 *
 * <p>(Answer to check yourself against: nothing you can see. A task starts as soon as it is
 * created, so all three run at once and awaiting them one by one still takes about 3 seconds.)
 * The grader checks:
 * <ul>
 *   <li>the exact lines of the section: the same as gather's, done order B, A, C, then the total
 *       and the results in argument order;</li>
 *   <li>the section takes about 3 seconds, from its first start line to its total line;</li>
 *   <li>{@code withCreateTask} works for a task list it does not show you: results in argument
 *       order, and the printed total is the measured one;</li>
 *   <li>this class calls {@code EventLoop.createTask} and does not call
 *       {@code CompletableFuture.allOf} (a static check of your compiled class).</li>
 * </ul>
 * Run it with {@code mvn -q compile exec:java -pl exercises -Dexec.mainClass=asyncbasics.Alter2};
 * grade it alone with {@code mvn verify -Dgrade.tasks=alter-2}.
 */
public final class Alter2 {

    /** The original's three tasks: A waits 2 s, B 1 s, C 3 s. */
    public static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3));

    private Alter2() {
    }

    /**
     * Prints {@code "  Task A starting..."}, waits {@code seconds} with {@link EventLoop#sleep(double)},
     * prints {@code "  Task A done after 2 seconds"} (use {@code LessonTime.describe(seconds)}) and
     * completes with {@code "A result"}.
     */
    public static CompletableFuture<String> doTask(String name, double seconds) {
        throw new UnsupportedOperationException("alter-2: doTask is not written yet: print the start line, "
                + "return EventLoop.sleep(seconds).thenApply(...) that prints the done line and returns \"" + name + " result\"");
    }

    /**
     * Creates one task per job with {@code EventLoop.createTask(() -> doTask(...))} and keeps the
     * handles in a list; then awaits the handles one by one, in argument order (for example
     * {@code awaited = awaited.thenCompose(x -> handle)} for each handle), never with {@code allOf}.
     * Prints {@code "create_task total: ~3 seconds"} (measured with {@link EventLoop#time()}) and
     * {@code "Results: ['A result', 'B result', 'C result']"}; completes with the results in argument order.
     */
    public static CompletableFuture<List<String>> withCreateTask(List<Job> jobs) {
        throw new UnsupportedOperationException("alter-2: withCreateTask is not written yet: createTask per job, "
                + "then await the handles one by one with thenCompose");
    }

    public static void main(String[] args) {
        EventLoop.run(() -> {
            System.out.println("--- create_task execution ---");
            return withCreateTask(JOBS);
        });
    }
}
