package org.lessons.grader.harness;

import java.io.PrintStream;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.grader.observe.WireFormat;

/**
 * The grade channel: the child's original standard output, on which only lines that start with the
 * grader's one-time token count. The learner's {@code System.out} is captured before their code loads.
 * It closes when the call's end ({@link ChildEvent.Finished}) is sent: nothing follows that event, whatever a thread
 * left running prints meanwhile, so the grader can take anything after it for tampering.
 */
final class Channel {

    private final PrintStream raw;
    private final String token;
    private final WireFormat wire;

    Channel(PrintStream raw, String token, WireFormat wire) {
        this.raw = raw;
        this.token = token;
        this.wire = wire;
    }

    private boolean closed;

    synchronized void send(ChildEvent event) {
        if (closed) {
            return;
        }
        closed = event instanceof ChildEvent.Finished;
        raw.print(token + " " + wire.write(event) + "\n");
        raw.flush();
    }
}
