package asyncbasics;

import java.util.concurrent.CompletableFuture;
import org.lessons.kit.EventLoop;
import org.lessons.kit.LessonTime;

/** The Break 3 task, solved: a nested EventLoop.run inside a running loop, whose refusal reaches the caller. */
// Hostile submission: the reference solution with an empty main and an empty nestedRun.
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
        return "";
    }

    public static void main(String[] args) {
    }
}
