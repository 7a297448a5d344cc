package asyncbasics;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.lessons.kit.EventLoop;
import org.lessons.kit.Job;

/**
 * Break 2: use a blocking sleep ({@code Thread.sleep}) instead of {@code EventLoop.sleep}. Does
 * concurrency still work? Why not?
 *
 * <p>Write {@code doTask} so that it blocks the loop thread with
 * {@code Thread.sleep(LessonTime.millis(seconds))} between its start and done lines, and returns a
 * completed future; {@code concurrent} is Run's gather, unchanged. Because every task runs on the one
 * loop thread, each task now holds the loop until it is done: the tasks run one after another.
 *
 * <p>This is a Break task: the grader checks that you reproduced the symptom, and that it came from
 * {@code Thread.sleep}. A program that still runs concurrently fails it, and so does one that loses
 * concurrency some other way (a busy loop, for instance). The grader checks:
 * <ul>
 *   <li>the lines come strictly one task after another: A starting, A done, B starting, B done,
 *       C starting, C done, then the total and the results;</li>
 *   <li>the concurrent total is about the sum of the tasks (6 seconds), not the longest one;</li>
 *   <li>the static rule that forbids blocking calls on the loop (the one that must pass in every other
 *       task) finds your {@code Thread.sleep} call;</li>
 *   <li>the runtime detector sees the loop thread asleep in {@code Thread.sleep}, at that line.</li>
 * </ul>
 * Grade it alone with {@code mvn verify -Dgrade.tasks=break-2}.
 */
public final class Break2 {

    /** The original's three tasks: A waits 2 s, B 1 s, C 3 s. */
    public static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3));

    private Break2() {
    }

    /**
     * Prints {@code "  Task A starting..."}, blocks with {@code Thread.sleep(LessonTime.millis(seconds))},
     * prints {@code "  Task A done after 2 seconds"} and returns
     * {@code CompletableFuture.completedFuture("A result")}.
     */
    public static CompletableFuture<String> doTask(String name, double seconds) {
        throw new UnsupportedOperationException("break-2: doTask is not written yet: print the start line, "
                + "Thread.sleep(LessonTime.millis(seconds)), print the done line");
    }

    /**
     * Run's concurrent, unchanged: starts every job, gathers them with {@code allOf}, prints
     * {@code "Concurrent total: ~6 seconds"} (measured) and
     * {@code "Results: ['A result', 'B result', 'C result']"}, and completes with the results.
     */
    public static CompletableFuture<List<String>> concurrent(List<Job> jobs) {
        throw new UnsupportedOperationException("break-2: concurrent is not written yet: copy it from Run");
    }

    public static void main(String[] args) {
        EventLoop.run(() -> {
            System.out.println("--- Concurrent execution, with Thread.sleep ---");
            return concurrent(JOBS);
        });
    }
}
