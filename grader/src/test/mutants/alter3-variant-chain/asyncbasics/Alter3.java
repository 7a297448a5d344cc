package asyncbasics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.lessons.kit.EventLoop;
import org.lessons.kit.Job;
import org.lessons.kit.LessonTime;

/**
 * A correct Alter3 written differently: exceptionally instead of handle, the slots awaited by a
 * thenCompose chain instead of allOf, the exception kept wrapped in its CompletionException, printf total.
 */
public final class Alter3 {

    public static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3));

    public static final String FAILING = "B";

    private Alter3() {
    }

    public static CompletableFuture<String> doTask(String name, double seconds) {
        System.out.println("  Task " + name + " starting...");
        CompletableFuture<Void> wait = EventLoop.sleep(seconds);
        if (name.equals(FAILING)) {
            return wait.thenCompose(ignored -> CompletableFuture.failedFuture(
                    new IllegalStateException("Task " + name + " failed")));
        }
        return wait.thenApply(ignored -> {
            System.out.println("  Task " + name + " done after " + LessonTime.describe(seconds));
            return name + " result";
        });
    }

    public static CompletableFuture<List<Object>> gatherAll(List<Job> jobs) {
        double start = EventLoop.time();
        List<CompletableFuture<Object>> slots = new ArrayList<>();
        for (Job job : jobs) {
            slots.add(doTask(job.name(), job.seconds()).<Object>thenApply(value -> value).exceptionally(error -> error));
        }
        CompletableFuture<List<Object>> all = CompletableFuture.completedFuture(new ArrayList<>());
        for (CompletableFuture<Object> slot : slots) {
            all = all.thenCompose(results -> slot.thenApply(value -> {
                results.add(value);
                return results;
            }));
        }
        return all.thenApply(results -> {
            System.out.printf("Concurrent total: ~%.0f seconds%n", EventLoop.time() - start);
            System.out.println("Results: " + pythonList(results));
            return results;
        });
    }

    public static void main(String[] args) {
        EventLoop.run(() -> {
            System.out.println("--- Concurrent execution ---");
            return gatherAll(JOBS);
        });
    }

    public static String pythonList(List<?> results) {
        return results.stream().map(item -> {
            if (item instanceof Throwable error) {
                Throwable shown = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                return shown.getClass().getSimpleName() + "('" + shown.getMessage() + "')";
            }
            return "'" + item + "'";
        }).collect(Collectors.joining(", ", "[", "]"));
    }
}
