package asyncbasics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.lessons.kit.EventLoop;
import org.lessons.kit.Job;
import org.lessons.kit.LessonTime;

/** A correct Alter2 written differently: handles from a stream, awaited by recursion, printf total. */
public final class Alter2 {

    public static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3));

    private Alter2() {
    }

    public static CompletableFuture<String> doTask(String name, double seconds) {
        System.out.println("  Task " + name + " starting...");
        return EventLoop.sleep(seconds).thenApply(ignored -> {
            System.out.println("  Task " + name + " done after " + LessonTime.describe(seconds));
            return name + " result";
        });
    }

    public static CompletableFuture<List<String>> withCreateTask(List<Job> jobs) {
        double start = EventLoop.time();
        List<CompletableFuture<String>> handles = jobs.stream()
                .map(job -> EventLoop.createTask(() -> doTask(job.name(), job.seconds())))
                .toList();
        return awaitFrom(handles, 0, new ArrayList<>()).thenApply(results -> {
            System.out.printf("create_task total: ~%.0f seconds%n", EventLoop.time() - start);
            System.out.println("Results: " + results.toString().replace("[", "['").replace("]", "']").replace(", ", "', '"));
            return results;
        });
    }

    private static CompletableFuture<List<String>> awaitFrom(List<CompletableFuture<String>> handles, int index,
                                                             List<String> results) {
        if (index == handles.size()) {
            return CompletableFuture.completedFuture(results);
        }
        return handles.get(index).thenCompose(result -> {
            results.add(result);
            return awaitFrom(handles, index + 1, results);
        });
    }

    public static void main(String[] args) {
        EventLoop.run(() -> {
            System.out.println("--- create_task execution ---");
            return withCreateTask(JOBS);
        });
    }
}
