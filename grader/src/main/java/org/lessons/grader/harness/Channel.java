package org.lessons.grader.harness;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import org.lessons.grader.observe.ChildEvent;

/**
 * The grade channel: the child's original standard output, on which only lines that start with the
 * grader's one-time token count. The learner's {@code System.out} is captured before their code loads.
 */
final class Channel {

    private final PrintStream raw;
    private final String token;
    private final ObjectMapper json = new ObjectMapper();

    Channel(PrintStream raw, String token) {
        this.raw = raw;
        this.token = token;
    }

    synchronized void send(ChildEvent event) {
        try {
            raw.print(token + " " + json.writeValueAsString(event) + "\n");
            raw.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + event, e);
        }
    }
}
