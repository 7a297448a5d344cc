package asyncbasics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.lessons.kit.EventLoop;
import org.lessons.kit.Job;
import org.lessons.kit.LessonTime;

/** A correct Fix2 written differently: handle in safeTask, a thenCombine fold instead of allOf, printf total. */
public final class Fix2 {

    public static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3));

    public static final String FAILING = "B";

    private Fix2() {
    }

    public static CompletableFuture<String> doTask(String name, double seconds) {
        System.out.println("  Task " + name + " starting...");
        return EventLoop.sleep(seconds).thenApply(ignored -> {
            if (FAILING.equals(name)) {
                throw new IllegalStateException("Task " + name + " failed");
            }
            System.out.println("  Task " + name + " done after " + LessonTime.describe(seconds));
            return name + " result";
        });
    }

    public static CompletableFuture<String> safeTask(String name, double seconds) {
        return doTask(name, seconds).handle((value, error) -> {
            if (error == null) {
                return value;
            }
            Throwable cause = error.getCause() != null ? error.getCause() : error;
            System.out.printf("  Task %s error: %s%n", name, cause.getMessage());
            return name + " error";
        });
    }

    public static CompletableFuture<List<String>> concurrent(List<Job> jobs) {
        double start = EventLoop.time();
        CompletableFuture<List<String>> all = CompletableFuture.completedFuture(new ArrayList<>());
        for (Job job : jobs) {
            all = all.thenCombine(safeTask(job.name(), job.seconds()), (list, result) -> {
                list.add(result);
                return list;
            });
        }
        return all.thenApply(results -> {
            System.out.printf("Concurrent total: ~%.1f seconds%n", EventLoop.time() - start);
            StringBuilder line = new StringBuilder();
            for (String result : results) {
                line.append(line.length() == 0 ? "" : ", ").append("'").append(result).append("'");
            }
            System.out.println("Results: [" + line + "]");
            return results;
        });
    }

    public static void main(String[] args) {
        EventLoop.run(() -> {
            System.out.println("--- Concurrent execution ---");
            return concurrent(JOBS);
        });
    }
}
