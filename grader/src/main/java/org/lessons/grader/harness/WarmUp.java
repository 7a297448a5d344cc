package org.lessons.grader.harness;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.lessons.kit.EventLoop;
import org.lessons.kit.Job;
import org.lessons.kit.LessonTime;

/**
 * Runs a small lesson program before the learner's code loads, so that the JVM's one-time costs (loading the
 * kit's and {@code CompletableFuture}'s classes, linking the first lambdas and string concatenations, filling the
 * first stack trace) are not paid inside the learner's callbacks, where the virtual clock counts real time as lesson
 * time. It runs a few times, so that the JIT compiles the kit's and the capture's busiest methods now, not while the
 * learner's code runs (see {@link CompilerQuiet}). What it prints goes to the sink it is given, never to the grader.
 */
final class WarmUp {

    private WarmUp() {
    }

    /** How many times the program runs: enough for the busiest methods to pass the JIT's thresholds. */
    private static final int ROUNDS = 12;

    static void run(java.io.PrintStream sink) {
        for (int round = 0; round < ROUNDS; round++) {
            runOnce(sink);
        }
    }

    private static void runOnce(java.io.PrintStream sink) {
        List<Job> jobs = List.of(Job.of("A", 0.02), Job.of("B", 0.01));
        EventLoop.run(() -> {
            double start = EventLoop.time();
            List<CompletableFuture<String>> tasks = jobs.stream()
                    .map(job -> EventLoop.createTask(() -> task(job, sink))).toList();
            return CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new))
                    .thenApply(ignored -> tasks.stream().map(CompletableFuture::join).toList())
                    .thenCompose(results -> failing().handle((value, error) -> {
                        sink.println(String.format(Locale.ROOT, "~%.0f %.1f", EventLoop.time() - start, 1.5)
                                + results.stream().map(r -> "'" + r + "'").collect(Collectors.joining(", ", "[", "]"))
                                + (error == null ? value : error.getMessage()));
                        return results;
                    }));
        });
    }

    private static CompletableFuture<String> task(Job job, java.io.PrintStream sink) {
        sink.println("  Task " + job.name() + " starting...");
        return EventLoop.sleep(job.seconds()).thenApply(ignored -> {
            sink.println("  Task " + job.name() + " done after " + LessonTime.describe(job.seconds()));
            return job.name() + " result";
        });
    }

    private static CompletableFuture<String> failing() {
        return EventLoop.sleep(0.01).thenApply(ignored -> {
            throw new CompletionException(new IllegalStateException("warm-up"));
        });
    }
}
