package asyncbasics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.lessons.kit.EventLoop;
import org.lessons.kit.Job;
import org.lessons.kit.LessonTime;

/** Alter 1, solved: a fourth task D of 1.5 seconds, run one after another and all at once. */
public final class Alter1 {

    /** The original's three tasks and the new D: A waits 2 s, B 1 s, C 3 s, D 1.5 s. */
    public static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3), Job.of("D", 1.5));

    private Alter1() {
    }

    /** Prints the start line, waits without blocking, prints the done line, returns "X result". */
    public static CompletableFuture<String> doTask(String name, double seconds) {
        System.out.println("  Task " + name + " starting...");
        return EventLoop.sleep(seconds).thenApply(ignored -> {
            System.out.println("  Task " + name + " done after " + LessonTime.describe(seconds));
            return name + " result";
        });
    }

    /** Runs the jobs one after another and prints the measured total. */
    public static CompletableFuture<List<String>> sequential(List<Job> jobs) {
        double start = EventLoop.time();
        List<String> results = new ArrayList<>();
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (Job job : jobs) {
            chain = chain.thenCompose(ignored -> doTask(job.name(), job.seconds())).thenAccept(results::add);
        }
        return chain.thenApply(ignored -> {
            System.out.println("Sequential total: " + total(start));
            return results;
        });
    }

    /** Runs the jobs all at once (gather), prints the measured total and the results in argument order. */
    public static CompletableFuture<List<String>> concurrent(List<Job> jobs) {
        double start = EventLoop.time();
        List<CompletableFuture<String>> futures = jobs.stream().map(job -> doTask(job.name(), job.seconds())).toList();
        return EventLoop.gather(futures)
                .thenApply(results -> {
                    System.out.println("Concurrent total: " + total(start));
                    System.out.println("Results: " + pythonList(results));
                    return results;
                });
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

    /** "~7.5 seconds": the time since {@code start}, to a tenth of a second. */
    private static String total(double start) {
        return "~" + LessonTime.describe(Math.round((EventLoop.time() - start) * 10) / 10.0);
    }

    private static String pythonList(List<String> items) {
        return items.stream().map(item -> "'" + item + "'").collect(Collectors.joining(", ", "[", "]"));
    }
}
