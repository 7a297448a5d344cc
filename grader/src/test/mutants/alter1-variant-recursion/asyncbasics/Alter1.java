package asyncbasics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.lessons.kit.EventLoop;
import org.lessons.kit.Job;
import org.lessons.kit.LessonTime;

/** A correct Alter1 written differently: recursion for the sequential part, thenCombine folds for gather, printf totals. */
public final class Alter1 {

    public static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3), Job.of("D", 1.5));

    private Alter1() {
    }

    public static CompletableFuture<String> doTask(String name, double seconds) {
        System.out.println("  Task " + name + " starting...");
        return EventLoop.sleep(seconds)
                .thenRun(() -> System.out.println("  Task " + name + " done after " + LessonTime.describe(seconds)))
                .thenApply(ignored -> name + " result");
    }

    public static CompletableFuture<List<String>> sequential(List<Job> jobs) {
        double start = EventLoop.time();
        return from(jobs, 0, List.of()).thenApply(results -> {
            System.out.printf("Sequential total: ~%.1f seconds%n", EventLoop.time() - start);
            return results;
        });
    }

    private static CompletableFuture<List<String>> from(List<Job> jobs, int index, List<String> done) {
        if (index == jobs.size()) {
            return CompletableFuture.completedFuture(done);
        }
        return doTask(jobs.get(index).name(), jobs.get(index).seconds())
                .thenCompose(result -> from(jobs, index + 1, append(done, result)));
    }

    public static CompletableFuture<List<String>> concurrent(List<Job> jobs) {
        double start = EventLoop.time();
        CompletableFuture<List<String>> all = CompletableFuture.completedFuture(List.of());
        for (Job job : jobs) {
            all = all.thenCombine(doTask(job.name(), job.seconds()), Alter1::append);
        }
        return all.thenApply(results -> {
            System.out.printf("Concurrent total: ~%.0f seconds%n", EventLoop.time() - start);
            StringBuilder line = new StringBuilder("Results: [");
            for (int i = 0; i < results.size(); i++) {
                line.append(i == 0 ? "" : ", ").append('\'').append(results.get(i)).append('\'');
            }
            System.out.println(line.append(']'));
            return results;
        });
    }

    private static List<String> append(List<String> list, String item) {
        List<String> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
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
}
