package asyncbasics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.lessons.kit.EventLoop;
import org.lessons.kit.Job;
import org.lessons.kit.LessonTime;

/** A correct Run written differently: recursion for the sequential part, thenCombine folds for gather. */
public final class Run {

    public static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3));

    private Run() {
    }

    public static CompletableFuture<String> doTask(String name, double seconds) {
        System.out.println("  Task " + name + " starting...");
        CompletableFuture<Void> wait = EventLoop.sleep(seconds);
        return wait.thenRun(() -> System.out.println("  Task " + name + " done after " + LessonTime.describe(seconds)))
                .thenApply(ignored -> name + " result");
    }

    public static CompletableFuture<List<String>> sequential(List<Job> jobs) {
        double start = EventLoop.time();
        return runFrom(jobs, 0, new ArrayList<>()).thenApply(results -> {
            System.out.printf("Sequential total: ~%d seconds%n", Math.round(EventLoop.time() - start));
            return results;
        });
    }

    private static CompletableFuture<List<String>> runFrom(List<Job> jobs, int index, List<String> done) {
        if (index == jobs.size()) {
            return CompletableFuture.completedFuture(done);
        }
        Job job = jobs.get(index);
        return doTask(job.name(), job.seconds()).thenCompose(result -> {
            done.add(result);
            return runFrom(jobs, index + 1, done);
        });
    }

    public static CompletableFuture<List<String>> concurrent(List<Job> jobs) {
        double start = EventLoop.time();
        CompletableFuture<List<String>> all = CompletableFuture.completedFuture(List.of());
        for (Job job : jobs) {
            all = all.thenCombine(doTask(job.name(), job.seconds()), Run::append);
        }
        return all.thenApply(results -> {
            System.out.printf("Concurrent total: ~%d seconds%n", Math.round(EventLoop.time() - start));
            StringBuilder line = new StringBuilder("Results: [");
            for (int i = 0; i < results.size(); i++) {
                line.append(i == 0 ? "" : ", ").append('\'').append(results.get(i)).append('\'');
            }
            System.out.println(line.append(']'));
            return results;
        });
    }

    public static CompletableFuture<List<String>> withCreateTask(List<Job> jobs) {
        double start = EventLoop.time();
        List<CompletableFuture<String>> tasks = new ArrayList<>();
        for (Job job : jobs) {
            tasks.add(EventLoop.createTask(() -> doTask(job.name(), job.seconds())));
        }
        CompletableFuture<List<String>> all = CompletableFuture.completedFuture(List.of());
        for (CompletableFuture<String> task : tasks) {
            all = all.thenCompose(results -> task.thenApply(result -> append(results, result)));
        }
        return all.thenApply(results -> {
            System.out.printf("create_task total: ~%d seconds%n", Math.round(EventLoop.time() - start));
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
            }).thenCompose(ignored -> {
                System.out.println();
                System.out.println("--- create_task execution ---");
                return withCreateTask(JOBS);
            });
        });
    }
}
