package asyncbasics;

import java.util.concurrent.CompletableFuture;
import org.lessons.kit.EventLoop;

/**
 * Break 3: call {@code EventLoop.run} from inside an already running event loop.
 *
 * <p>Write {@code nestedRun} so that it starts a loop with {@code EventLoop.run(...)}, and the code
 * that loop runs prints {@code "Inside the running loop: calling EventLoop.run again..."} and then
 * calls {@code EventLoop.run(() -> doTask("A", 1))} right away. The kit refuses, as asyncio does:
 * it throws {@code IllegalStateException} with the message {@link EventLoop#NESTED_RUN_MESSAGE}. Do
 * not catch it: let the refusal reach whoever called {@code nestedRun}.
 *
 * <p>This is a Break task: the grader checks that you reproduced the symptom. A program that does
 * not nest the loops fails it. The grader calls {@code nestedRun()} itself (no loop around it) and
 * checks:
 * <ul>
 *   <li>the call ends with the refusal, unchanged: {@code IllegalStateException} with the message
 *       "{@value EventLoop#NESTED_RUN_MESSAGE}";</li>
 *   <li>nothing hangs: the refusal comes right after the "Inside the running loop" line, and the
 *       loop leaves no wait or task behind (no kit warning on standard error).</li>
 * </ul>
 * Grade it alone with {@code mvn verify -Dgrade.tasks=break-3}.
 */
public final class Break3 {

    private Break3() {
    }

    /** The same doTask as in Run. */
    public static CompletableFuture<String> doTask(String name, double seconds) {
        throw new UnsupportedOperationException("break-3: doTask is not written yet: copy it from Run");
    }

    /**
     * Runs a loop whose code prints {@code "Inside the running loop: calling EventLoop.run again..."}
     * and then calls {@code EventLoop.run(() -> doTask("A", 1))}; returns what the outer loop returns
     * (it never gets there: the refusal is thrown instead).
     */
    public static String nestedRun() {
        throw new UnsupportedOperationException("break-3: nestedRun is not written yet: EventLoop.run(...) "
                + "whose code calls EventLoop.run(...) again");
    }

    public static void main(String[] args) {
        System.out.println("--- Nested EventLoop.run ---");
        System.out.println("Result: " + nestedRun());
    }
}
