package org.lessons.grader.harness;

import java.io.PrintStream;
import org.lessons.grader.observe.ChildEvent;
import org.lessons.grader.observe.WireFormat;

/**
 * The grade channel: the child's original standard output, on which only lines that start with the
 * grader's one-time token count. The learner's {@code System.out} is captured before their code loads.
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

    synchronized void send(ChildEvent event) {
        raw.print(token + " " + wire.write(event) + "\n");
        raw.flush();
    }
}
