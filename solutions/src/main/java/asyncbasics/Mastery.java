package asyncbasics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.lessons.kit.EventLoop;
import org.lessons.kit.Job;
import org.lessons.kit.LessonTime;

/** The Mastery task, solved: a predictor of the lines a concurrent run prints. */
public final class Mastery {

    /** The original's three tasks: A waits 2 s, B 1 s, C 3 s. */
    public static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3));

    private Mastery() {
    }

    /** Start lines in argument order, then done lines by duration; the sort is stable, so ties keep start order. */
    public static List<String> predict(List<Job> jobs) {
        List<String> lines = new ArrayList<>();
        for (Job job : jobs) {
            lines.add("Task " + job.name() + " starting...");
        }
        jobs.stream()
                .sorted(Comparator.comparingDouble(Job::seconds))
                .forEach(job -> lines.add("Task " + job.name() + " done after " + LessonTime.describe(job.seconds())));
        return lines;
    }

    /** Prints the prediction for the original's tasks, then a real concurrent run to compare it with. */
    public static void main(String[] args) {
        System.out.println("--- predicted ---");
        predict(JOBS).forEach(System.out::println);
        System.out.println("--- real run ---");
        EventLoop.run(() -> {
            List<CompletableFuture<Void>> tasks = JOBS.stream().map(Mastery::doTask).toList();
            return EventLoop.gather(tasks);
        });
    }

    private static CompletableFuture<Void> doTask(Job job) {
        System.out.println("Task " + job.name() + " starting...");
        return EventLoop.sleep(job.seconds())
                .thenRun(() -> System.out.println("Task " + job.name() + " done after " + LessonTime.describe(job.seconds())));
    }
}
