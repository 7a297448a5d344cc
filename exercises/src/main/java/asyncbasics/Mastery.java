package asyncbasics;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.lessons.kit.EventLoop;
import org.lessons.kit.Job;
import org.lessons.kit.LessonTime;

/**
 * Mastery check: predict the output order of concurrent tasks, for any task list.
 *
 * <p>When every job of a list is started at once (as {@code Run.concurrent} does), the program
 * prints one {@code "Task X starting..."} line and one {@code "Task X done after N seconds"} line per
 * job. Write {@link #predict(List)} so that it returns exactly those lines, in the order a real run
 * prints them, without running anything: work it out from the names and seconds alone.
 *
 * <p>The grader calls {@code predict} on hidden task lists that it makes up from a random seed
 * (ties, tasks that all wait equally long, a single task, halves of seconds) and compares your lines
 * with a real concurrent run of the same list. Each rule below is one point:
 * <ul>
 *   <li>all start lines come first, in argument order;</li>
 *   <li>the done lines come in order of duration, shortest first;</li>
 *   <li>tasks of equal duration finish in the order they started;</li>
 *   <li>each done line says the seconds as the program prints them: {@code "1 second"},
 *       {@code "2 seconds"}, {@code "1.5 seconds"} ({@link LessonTime#describe(double)});</li>
 *   <li>one start line and one done line per task, and no other line.</li>
 * </ul>
 * Leading and trailing spaces of a line do not matter. A failure names the seed; grade again with
 * the same lists by {@code mvn verify -Dgrade.tasks=mastery -Dgrade.seed=<seed>}.
 * Run {@code main} to compare your prediction with a real run of the original's tasks.
 */
public final class Mastery {

    /** The original's three tasks: A waits 2 s, B 1 s, C 3 s. */
    public static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3));

    private Mastery() {
    }

    /**
     * The lines a concurrent run of {@code jobs} prints, in order; for the original's tasks
     * {@code ["Task A starting...", "Task B starting...", "Task C starting...",
     * "Task B done after 1 second", "Task A done after 2 seconds", "Task C done after 3 seconds"]}.
     * It must not wait, sleep or start a loop: predict, don't run.
     */
    public static List<String> predict(List<Job> jobs) {
        throw new UnsupportedOperationException("mastery: predict is not written yet: return every start line in "
                + "argument order, then every done line, shortest task first (equal durations in start order)");
    }

    /** Prints your prediction for the original's tasks, then a real concurrent run to compare it with. */
    public static void main(String[] args) {
        System.out.println("--- predicted ---");
        predict(JOBS).forEach(System.out::println);
        System.out.println("--- real run ---");
        EventLoop.run(() -> {
            List<CompletableFuture<Void>> tasks = JOBS.stream().map(Mastery::doTask).toList();
            return CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new));
        });
    }

    private static CompletableFuture<Void> doTask(Job job) {
        System.out.println("Task " + job.name() + " starting...");
        return EventLoop.sleep(job.seconds())
                .thenRun(() -> System.out.println("Task " + job.name() + " done after " + LessonTime.describe(job.seconds())));
    }
}
