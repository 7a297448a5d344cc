package asyncbasics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.lessons.kit.EventLoop;
import org.lessons.kit.Job;
import org.lessons.kit.LessonTime;

/** Mutant: creates the tasks, but gathers the handles with the kit's EventLoop.gather. */
public final class Alter2 {

    /** The original's three tasks: A waits 2 s, B 1 s, C 3 s. */
    public static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3));

    private Alter2() {
    }

    /** Prints the start line, waits without blocking, prints the done line, returns "X result". */
    public static CompletableFuture<String> doTask(String name, double seconds) {
        System.out.println("  Task " + name + " starting...");
        return EventLoop.sleep(seconds).thenApply(ignored -> {
            System.out.println("  Task " + name + " done after " + LessonTime.describe(seconds));
            return name + " result";
        });
    }

    /** Creates every task first, then awaits the handles in argument order; prints the total and the results. */
    public static CompletableFuture<List<String>> withCreateTask(List<Job> jobs) {
        double start = EventLoop.time();
        List<CompletableFuture<String>> tasks = new ArrayList<>();
        for (Job job : jobs) {
            tasks.add(EventLoop.createTask(() -> doTask(job.name(), job.seconds())));
        }
        return EventLoop.gather(tasks).thenApply(results -> {
            System.out.println("create_task total: ~" + LessonTime.describe(Math.round((EventLoop.time() - start) * 10) / 10.0));
            System.out.println("Results: " + results.stream().map(r -> "'" + r + "'").collect(Collectors.joining(", ", "[", "]")));
            return results;
        });
    }

    public static void main(String[] args) {
        EventLoop.run(() -> {
            System.out.println("--- create_task execution ---");
            return withCreateTask(JOBS);
        });
    }
}
