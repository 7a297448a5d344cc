package asyncbasics;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.lessons.kit.EventLoop;
import org.lessons.kit.Job;
import org.lessons.kit.LessonTime;
import org.lessons.kit.ReturnWhen;

/** Mutant fix-3-total-from-the-first: reads the total's start only when the first task has completed, so it prints ~0. */
public final class Fix3 {

    /** The original's three tasks: A waits 2 s, B 1 s, C 3 s. */
    public static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3));

    private Fix3() {
    }

    /** Prints the start line, waits without blocking, prints the done line, returns "X result". */
    public static CompletableFuture<String> doTask(String name, double seconds) {
        System.out.println("  Task " + name + " starting...");
        return EventLoop.sleep(seconds).thenApply(ignored -> {
            System.out.println("  Task " + name + " done after " + LessonTime.describe(seconds));
            return name + " result";
        });
    }

    /** Starts every job as a task, waits for the first to complete, cancels the rest and reports the first result. */
    public static CompletableFuture<String> firstCompleted(List<Job> jobs) {
        double start = EventLoop.time();
        List<CompletableFuture<String>> tasks = jobs.stream()
                .map(job -> EventLoop.createTask(() -> doTask(job.name(), job.seconds())))
                .toList();
        return EventLoop.wait(tasks, ReturnWhen.FIRST_COMPLETED).thenCompose(done -> {
            done.pending().forEach(task -> task.cancel(false));
            return done.done().get(0);
        }).thenApply(first -> {
            double after = EventLoop.time();
            System.out.println("First completed: " + first);
            System.out.println("First completed total: " + String.format(Locale.ROOT, "~%.0f seconds", EventLoop.time() - after));
            return first;
        });
    }

    public static void main(String[] args) {
        EventLoop.run(() -> {
            System.out.println("--- First completed ---");
            return firstCompleted(JOBS);
        });
    }
}
