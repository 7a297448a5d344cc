package asyncbasics;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.lessons.kit.EventLoop;
import org.lessons.kit.Job;
import org.lessons.kit.LessonTime;

/** Mutant fix-1-total-in-milliseconds: prints the total multiplied by 1000, as if EventLoop.time() counted seconds and the total milliseconds. */
public final class Fix1 {

    /** The original's three tasks: A waits 2 s, B 1 s, C 3 s. */
    public static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3));

    private Fix1() {
    }

    /** Prints the start line, waits without blocking, prints the done line, returns "X result". */
    public static CompletableFuture<String> doTask(String name, double seconds) {
        System.out.println("  Task " + name + " starting...");
        return EventLoop.sleep(seconds).thenApply(ignored -> {
            System.out.println("  Task " + name + " done after " + LessonTime.describe(seconds));
            return name + " result";
        });
    }

    /** Starts every job and gathers them; prints the total and the results in argument order. */
    public static CompletableFuture<List<String>> concurrent(List<Job> jobs) {
        double start = EventLoop.time();
        List<CompletableFuture<String>> futures = jobs.stream().map(job -> doTask(job.name(), job.seconds())).toList();
        return EventLoop.gather(futures)
                .thenApply(results -> {
                    System.out.println("Concurrent total: " + String.format(Locale.ROOT, "~%.0f seconds", (EventLoop.time() - start) * 1000));
                    System.out.println("Results: " + results.stream().map(r -> "'" + r + "'").collect(Collectors.joining(", ", "[", "]")));
                    return results;
                });
    }

    public static void main(String[] args) {
        EventLoop.run(() -> {
            System.out.println("--- Concurrent execution, fixed ---");
            return concurrent(JOBS);
        });
    }
}
