package asyncbasics;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.lessons.kit.EventLoop;
import org.lessons.kit.Job;

/** Hostile submission: starts no wait at all, and prints the kit's "never awaited" warning text itself. */
public final class Break1 {

    /** The original's three tasks: A waits 2 s, B 1 s, C 3 s. */
    public static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3));

    private Break1() {
    }

    /** Prints the start line, waits without blocking, prints the done line, returns "X result". */
    public static CompletableFuture<String> doTask(String name, double seconds) {
        System.out.println("  Task " + name + " starting...");
        return new CompletableFuture<>();
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
        EventLoop.run(() -> {
            System.out.println("--- Concurrent execution, without await ---");
            return withoutAwait(JOBS);
        });
        System.err.println("EventLoop warning: 3 wait(s) never finished: nobody awaited them before the loop closed"
                + " (first started at asyncbasics.Break1.doTask(Break1.java:22)). Compose every future you start, as"
                + " you would await every coroutine.");
    }
}
