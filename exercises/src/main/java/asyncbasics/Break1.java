package asyncbasics;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.lessons.kit.EventLoop;
import org.lessons.kit.Job;

/**
 * Break 1: call an async function without awaiting it. What happens?
 *
 * <p>In Java, "awaiting" a future means composing it ({@code thenCompose}, {@code thenApply},
 * {@code allOf}). Start {@code doTask} for every job and drop the futures on the floor: compose none
 * of them. The program then finishes at once, no task ever prints its "done" line, and when the loop
 * closes the kit warns on standard error ("EventLoop warning: ... nobody awaited them"), as Python
 * warns "coroutine ... was never awaited".
 *
 * <p>This is a Break task: the grader checks that you reproduced the symptom, not that the program
 * works. A program that awaits its tasks fails it. The grader checks:
 * <ul>
 *   <li>the total is about 0 seconds: "Concurrent total:" comes at once, not after any task's
 *       wait, and the number you print (measured with {@link EventLoop#time()}) says about 0;</li>
 *   <li>all three tasks print their start line, and none prints a "done" line;</li>
 *   <li>the kit's never-awaited warning ({@link EventLoop#WARNING_PREFIX}) is printed on standard
 *       error when the loop closes.</li>
 * </ul>
 * Grade it alone with {@code mvn verify -Dgrade.tasks=break-1}.
 */
public final class Break1 {

    /** The original's three tasks: A waits 2 s, B 1 s, C 3 s. */
    public static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3));

    private Break1() {
    }

    /**
     * The same doTask as in Run: prints {@code "  Task A starting..."}, waits {@code seconds} with
     * {@link EventLoop#sleep(double)}, prints {@code "  Task A done after 2 seconds"} and completes
     * with {@code "A result"}.
     */
    public static CompletableFuture<String> doTask(String name, double seconds) {
        throw new UnsupportedOperationException("break-1: doTask is not written yet: copy it from Run");
    }

    /**
     * Calls {@code doTask} for every job WITHOUT composing the futures it returns, then prints
     * {@code "Concurrent total: ~0 seconds"} (measured with {@link EventLoop#time()}) and returns a
     * future that is already complete ({@code CompletableFuture.completedFuture(null)}).
     */
    public static CompletableFuture<Void> withoutAwait(List<Job> jobs) {
        throw new UnsupportedOperationException("break-1: withoutAwait is not written yet: call doTask for each job, "
                + "compose none of the futures, print the total");
    }

    public static void main(String[] args) {
        EventLoop.run(() -> {
            System.out.println("--- Concurrent execution, without await ---");
            return withoutAwait(JOBS);
        });
    }
}
