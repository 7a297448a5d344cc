package asyncbasics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.lessons.kit.EventLoop;
import org.lessons.kit.Job;
import org.lessons.kit.LessonTime;

/**
 * Mutant fix-1-blocking-read: while the tasks wait, a "heartbeat" on the loop reads the next line that an external
 * process ({@code cat}) relays through a pipe, each read waiting up to 12 ms for it: no blocking call the static
 * rule knows, a blocking read most of the run. The output and the totals stay right.
 */
public final class Fix1 {

    /** The original's three tasks: A waits 2 s, B 1 s, C 3 s. */
    public static final List<Job> JOBS = List.of(Job.of("A", 2), Job.of("B", 1), Job.of("C", 3));

    private Fix1() {
    }

    /** Prints the start line, waits without blocking, prints the done line, returns "X result". */
    public static CompletableFuture<String> doTask(String name, double seconds) {
        System.out.println("  Task " + name + " starting...");
        return EventLoop.sleep(seconds).thenApply(ignored -> {
            System.out.println("  Task " + name + " done after " + LessonTime.describe(seconds));
            return name + " result";
        });
    }

    /** Starts every job and gathers them; prints the total and the results in argument order. */
    public static CompletableFuture<List<String>> concurrent(List<Job> jobs) {
        double start = EventLoop.time();
        List<CompletableFuture<String>> futures = jobs.stream().map(job -> doTask(job.name(), job.seconds())).toList();
        CompletableFuture<List<String>> gathered = CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                .thenApply(ignored -> futures.stream().map(CompletableFuture::join).toList())
                .thenApply(results -> {
                    System.out.println("Concurrent total: " + String.format(Locale.ROOT, "~%.0f seconds", EventLoop.time() - start));
                    System.out.println("Results: " + results.stream().map(r -> "'" + r + "'").collect(Collectors.joining(", ", "[", "]")));
                    return results;
                });
        Process relay = startRelay();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ticker");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(() -> tick(relay.getOutputStream()), 12, 12, TimeUnit.MILLISECONDS);
        BufferedReader ticks = new BufferedReader(new InputStreamReader(relay.getInputStream(), StandardCharsets.UTF_8));
        return gathered.thenCombine(heartbeat(gathered, ticks), (results, ignored) -> results)
                .whenComplete((results, failure) -> {
                    ticker.shutdownNow();
                    relay.destroy();
                });
    }

    /** A process that prints every line it is given, as it comes. */
    private static Process startRelay() {
        try {
            return new ProcessBuilder("cat").start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void tick(OutputStream relay) {
        try {
            relay.write("tick\n".getBytes(StandardCharsets.UTF_8));
            relay.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the ticker's next line on the loop, again and again, until {@code until} is done. */
    private static CompletableFuture<Void> heartbeat(CompletableFuture<?> until, BufferedReader ticks) {
        if (until.isDone()) {
            return CompletableFuture.completedFuture(null);
        }
        try {
            ticks.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return EventLoop.sleep(0.05).thenCompose(ignored -> heartbeat(until, ticks));
    }

    public static void main(String[] args) {
        EventLoop.run(() -> {
            System.out.println("--- Concurrent execution, fixed ---");
            return concurrent(JOBS);
        });
    }
}
