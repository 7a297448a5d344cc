package asyncbasics;

import java.util.concurrent.CompletableFuture;
import org.lessons.kit.EventLoop;
import org.lessons.kit.LessonTime;

/** Mutant break-3-hangs: nests in a callback whose failure nobody sees: the outer loop waits forever. */
public final class Break3 {

    private Break3() {
    }

    /** Prints the start line, waits without blocking, prints the done line, returns "X result". */
    public static CompletableFuture<String> doTask(String name, double seconds) {
        System.out.println("  Task " + name + " starting...");
        return EventLoop.sleep(seconds).thenApply(ignored -> {
            System.out.println("  Task " + name + " done after " + LessonTime.describe(seconds));
            return name + " result";
        });
    }

    /** Runs a loop whose main calls EventLoop.run again; the refusal is not caught. */
    public static String nestedRun() {
        return EventLoop.run(() -> {
            CompletableFuture<String> result = new CompletableFuture<>();
            EventLoop.sleep(0).thenRun(() -> {
                System.out.println("Inside the running loop: calling EventLoop.run again...");
                result.complete(EventLoop.run(() -> doTask("A", 1)));
            });
            return result;
        });
    }

    public static void main(String[] args) {
        System.out.println("--- Nested EventLoop.run ---");
        System.out.println("Result: " + nestedRun());
    }
}
