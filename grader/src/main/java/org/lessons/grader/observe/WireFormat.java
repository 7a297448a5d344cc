package org.lessons.grader.observe;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.lessons.kit.Job;

/**
 * The child JVM's side of the wire: writes {@link ChildEvent}s and reads the {@link Scenario} with Jackson's streaming
 * API, in exactly the JSON that Jackson's data binding reads and writes on the grader's side.
 *
 * <p>Data binding costs a fresh JVM about 150 ms of start-up (it introspects the records); the streaming API a tenth
 * of that, paid in every one of a grading's child JVMs.
 */
public final class WireFormat {

    private final JsonFactory factory = new JsonFactory();

    /** One event as a line of JSON, with its {@code type} first. */
    public String write(ChildEvent event) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.writeStartObject();
            if (event instanceof ChildEvent.Started started) {
                json.writeStringField("type", "started");
                json.writeNumberField("lessonSecondNanos", started.lessonSecondNanos());
            } else if (event instanceof ChildEvent.Line line) {
                json.writeStringField("type", "line");
                json.writeStringField("stream", line.stream().name());
                json.writeStringField("text", line.text());
                json.writeNumberField("nanos", line.nanos());
                json.writeStringField("thread", line.thread());
                json.writeBooleanField("onLoop", line.onLoop());
                json.writeStringField("where", line.where());
                json.writeNumberField("threadId", line.threadId());
                json.writeStringField("caller", line.caller());
            } else if (event instanceof ChildEvent.Stall stall) {
                json.writeStringField("type", "stall");
                json.writeStringField("kind", stall.kind().name());
                json.writeStringField("call", stall.call());
                json.writeStringField("where", stall.where());
                json.writeNumberField("startNanos", stall.startNanos());
                json.writeNumberField("durationNanos", stall.durationNanos());
                json.writeNumberField("count", stall.count());
            } else if (event instanceof ChildEvent.Finished end) {
                json.writeStringField("type", "finished");
                json.writeStringField("outcome", end.outcome().name());
                json.writeArrayFieldStart("value");
                for (String item : end.value()) {
                    json.writeString(item);
                }
                json.writeEndArray();
                json.writeStringField("exception", end.exception());
                json.writeStringField("message", end.message());
                json.writeStringField("where", end.where());
                json.writeNumberField("nanos", end.nanos());
                json.writeNumberField("droppedLines", end.droppedLines());
                json.writeNumberField("maxSchedulerLatenessNanos", end.maxSchedulerLatenessNanos());
                json.writeBooleanField("blockingRecorded", end.blockingRecorded());
            } else if (event instanceof ChildEvent.Exiting exit) {
                json.writeStringField("type", "exiting");
                json.writeStringField("where", exit.where());
                json.writeNumberField("nanos", exit.nanos());
            } else if (event instanceof ChildEvent.Mismatch mismatch) {
                json.writeStringField("type", "mismatch");
                json.writeStringField("kind", mismatch.kind().name());
                json.writeStringField("className", mismatch.className());
                json.writeStringField("method", mismatch.method());
                json.writeStringField("parameter", mismatch.parameter());
            } else if (event instanceof ChildEvent.LoopClosed closed) {
                json.writeStringField("type", "loopClosed");
                json.writeNumberField("forgottenWaits", closed.forgottenWaits());
                json.writeStringField("firstWaitSite", closed.firstWaitSite());
                json.writeNumberField("pendingTasks", closed.pendingTasks());
                json.writeStringField("firstTaskSite", closed.firstTaskSite());
                json.writeNumberField("nanos", closed.nanos());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + event, e);
        }
        return out.toString();
    }

    /**
     * A scenario from its line of JSON.
     *
     * @throws IllegalArgumentException when the line is not a scenario
     */
    public Scenario readScenario(String line) {
        String className = null;
        String method = null;
        Scenario.Call call = null;
        List<Job> jobs = null;
        List<String> learnerClasses = null;
        double lateness = 0;
        boolean recordsBlocking = false;
        double lingerSeconds = 0;
        try (JsonParser json = factory.createParser(line)) {
            expect(json.nextToken(), JsonToken.START_OBJECT);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.getCurrentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "className" -> className = json.getValueAsString();
                    case "method" -> method = json.getValueAsString();
                    case "call" -> call = Scenario.Call.valueOf(json.getValueAsString());
                    case "jobs" -> jobs = value == JsonToken.VALUE_NULL ? null : jobs(json);
                    case "learnerClasses" -> learnerClasses = value == JsonToken.VALUE_NULL ? null : strings(json);
                    case "lateness" -> lateness = json.getDoubleValue();
                    case "recordsBlocking" -> recordsBlocking = json.getBooleanValue();
                    case "lingerSeconds" -> lingerSeconds = json.getDoubleValue();
                    default -> json.skipChildren();
                }
            }
            return new Scenario(className, method, call, jobs, learnerClasses, lateness, recordsBlocking,
                    lingerSeconds);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a scenario: " + line, e);
        }
    }

    private static List<Job> jobs(JsonParser json) throws IOException {
        expect(json.currentToken(), JsonToken.START_ARRAY);
        List<Job> jobs = new ArrayList<>();
        while (json.nextToken() == JsonToken.START_OBJECT) {
            String name = null;
            double seconds = 0;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.getCurrentName();
                json.nextToken();
                if (field.equals("name")) {
                    name = json.getValueAsString();
                } else if (field.equals("seconds")) {
                    seconds = json.getDoubleValue();
                } else {
                    json.skipChildren();
                }
            }
            jobs.add(new Job(name, seconds));
        }
        return jobs;
    }

    private static List<String> strings(JsonParser json) throws IOException {
        expect(json.currentToken(), JsonToken.START_ARRAY);
        List<String> items = new ArrayList<>();
        while (json.nextToken() == JsonToken.VALUE_STRING) {
            items.add(json.getText());
        }
        return items;
    }

    private static void expect(JsonToken found, JsonToken wanted) throws IOException {
        if (found != wanted) {
            throw new IOException("expected " + wanted + ", found " + found);
        }
    }
}
