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
 * time. What it prints goes nowhere: capture is not installed yet, and it prints to its own sink.
 */
final class WarmUp {

    private WarmUp() {
    }

    static void run() {
        java.io.PrintStream sink = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
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
