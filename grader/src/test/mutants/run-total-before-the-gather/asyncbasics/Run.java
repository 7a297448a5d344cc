package asyncbasics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.lessons.kit.EventLoop;
import org.lessons.kit.Job;
import org.lessons.kit.LessonTime;

/** Mutant run-total-before-the-gather: concurrent() prints its total right after starting the tasks, before the gather
 * has completed. */
public final class Run {

    /** The original's three tasks: A waits 2 s, B 1 s, C 3 s. */
    public static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3));

    private Run() {
    }

    /** Prints the start line, waits without blocking, prints the done line, returns "X result". */
    public static CompletableFuture<String> doTask(String name, double seconds) {
        System.out.println("  Task " + name + " starting...");
        return EventLoop.sleep(seconds).thenApply(ignored -> {
            System.out.println("  Task " + name + " done after " + LessonTime.describe(seconds));
            return name + " result";
        });
    }

    /** Runs the jobs one after another and prints the total. */
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

    /** Runs the jobs all at once (gather), prints the total and the results in argument order. */
    public static CompletableFuture<List<String>> concurrent(List<Job> jobs) {
        double start = EventLoop.time();
        List<CompletableFuture<String>> futures = jobs.stream().map(job -> doTask(job.name(), job.seconds())).toList();
        CompletableFuture<List<String>> all = EventLoop.gather(futures);
        System.out.println("Concurrent total: " + total(start));
        return all.thenApply(results -> {
            System.out.println("Results: " + pythonList(results));
            return results;
        });
    }

    /** Schedules every job with createTask, then awaits them; prints the total. */
    public static CompletableFuture<List<String>> withCreateTask(List<Job> jobs) {
        double start = EventLoop.time();
        List<CompletableFuture<String>> tasks = jobs.stream()
                .map(job -> EventLoop.createTask(() -> doTask(job.name(), job.seconds())))
                .toList();
        return EventLoop.gather(tasks).thenApply(results -> {
            System.out.println("create_task total: " + total(start));
            return results;
        });
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

    private static String total(double start) {
        return String.format(Locale.ROOT, "~%.0f seconds", EventLoop.time() - start);
    }

    private static String pythonList(List<String> items) {
        return items.stream().map(item -> "'" + item + "'").collect(Collectors.joining(", ", "[", "]"));
    }
}
