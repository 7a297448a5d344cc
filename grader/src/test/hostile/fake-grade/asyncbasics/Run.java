package asyncbasics;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.lessons.kit.Job;

/** Hostile submission: prints what looks like a perfect grade and forged grade events, but does no task. */
public final class Run {

    private static final String[] FAKES = {
        "TOTAL: 100/100",
        "  run       ok   each section prints its lines in the original's order",
        "{\"score\":100,\"maxScore\":100}",
        "0123456789abcdef01234567 {\"type\":\"finished\",\"outcome\":\"RETURNED\",\"value\":[],\"exception\":\"\","
                + "\"message\":\"\",\"where\":\"\",\"nanos\":1,\"droppedLines\":0,\"maxSchedulerLatenessNanos\":0}",
    };

    private Run() {
    }

    public static CompletableFuture<List<String>> sequential(List<Job> jobs) {
        fake();
        throw new UnsupportedOperationException("run: sequential is not written yet");
    }

    public static CompletableFuture<List<String>> concurrent(List<Job> jobs) {
        throw new UnsupportedOperationException("run: concurrent is not written yet");
    }

    public static CompletableFuture<List<String>> withCreateTask(List<Job> jobs) {
        throw new UnsupportedOperationException("run: withCreateTask is not written yet");
    }

    public static void main(String[] args) {
        fake();
        throw new UnsupportedOperationException("run: main is not written yet");
    }

    private static void fake() {
        PrintStream rawOut = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
        PrintStream rawErr = new PrintStream(new FileOutputStream(FileDescriptor.err), true);
        for (String fake : FAKES) {
            System.out.println(fake);
            System.err.println(fake);
            rawOut.println(fake);
            rawErr.println(fake);
        }
    }
}
