package asyncbasics;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.lessons.kit.EventLoop;
import org.lessons.kit.Job;
import org.lessons.kit.LessonTime;

/** The Break 1 task, solved: every task is started and none is awaited. */
// Hostile submission: the reference solution with an empty main.
public final class Break1 {

    /** The original's three tasks: A waits 2 s, B 1 s, C 3 s. */
    public static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3));

    private Break1() {
    }

    /** Prints the start line, waits without blocking, prints the done line, returns "X result". */
    public static CompletableFuture<String> doTask(String name, double seconds) {
        System.out.println("  Task " + name + " starting...");
        return EventLoop.sleep(seconds).thenApply(ignored -> {
            System.out.println("  Task " + name + " done after " + LessonTime.describe(seconds));
            return name + " result";
        });
    }

    /** Calls doTask for every job without composing the futures (the missing await), then prints the total. */
    public static CompletableFuture<Void> withoutAwait(List<Job> jobs) {
        double start = EventLoop.time();
        for (Job job : jobs) {
            doTask(job.name(), job.seconds());
        }
        System.out.println("Concurrent total: " + String.format(Locale.ROOT, "~%.0f seconds", EventLoop.time() - start));
        return CompletableFuture.completedFuture(null);
    }

    public static void main(String[] args) {
    }
}
