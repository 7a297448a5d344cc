package org.lessons.grader.observe;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lessons.kit.Job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The child's streaming JSON against the grader's data binding: each reads exactly what the other writes. */
class WireFormatTests {

    private final WireFormat wire = new WireFormat();
    private final ObjectMapper binding = new ObjectMapper();

    static List<ChildEvent> events() {
        return List.of(
                new ChildEvent.Started(100_000_000L),
                new ChildEvent.Line(ChildEvent.Line.StandardStream.OUT, "  Task A \"done\" \u001b[2J\t\u00e9\u4e2d", 42,
                        "event-loop", true, "asyncbasics/Run.java:25", 17, "asyncbasics/Run.java:36"),
                new ChildEvent.Line(ChildEvent.Line.StandardStream.ERR, "", 0, "main", false, "", 1),
                new ChildEvent.Stall(ChildEvent.Stall.Kind.FILE_READ, "java.io.FileInputStream.read",
                        "asyncbasics/Fix1.java:53", 7, 9, 3),
                new ChildEvent.Finished(ChildEvent.Finished.Outcome.THREW, List.of("A result", "x, y"),
                        "java.lang.IllegalStateException", "boom\nline two", "asyncbasics/Break3.java:26", 5, 2, 0, false),
                new ChildEvent.Finished(ChildEvent.Finished.Outcome.RETURNED, List.of(), "", "", "", 1, 0, 3, true),
                new ChildEvent.Finished(ChildEvent.Finished.Outcome.STATIC_INIT_FAILED, List.of(),
                        "java.lang.NumberFormatException", "For input string: \"x\"", "asyncbasics/Run.java:12", 2, 0, 0,
                        false),
                new ChildEvent.Finished(ChildEvent.Finished.Outcome.CONTRACT_BROKEN, List.of(), "", "", "", 2, 0, 0, false),
                new ChildEvent.Mismatch(ChildEvent.Mismatch.Kind.CLASS_MISSING, "asyncbasics.Run", "", ""),
                new ChildEvent.Mismatch(ChildEvent.Mismatch.Kind.METHOD_MISSING, "Run", "concurrent", "List"),
                new ChildEvent.Mismatch(ChildEvent.Mismatch.Kind.NOT_STATIC, "Run", "main", "String[]"),
                new ChildEvent.Mismatch(ChildEvent.Mismatch.Kind.RETURNED_NULL, "Fix1", "concurrent", "List"),
                new ChildEvent.Exiting("asyncbasics/Run.java:9", 11),
                new ChildEvent.LoopClosed(2, "asyncbasics.Break1.main(Break1.java:30)", 0, "", 13),
                new ChildEvent.LoopClosed(0, "", 0, "", 0));
    }

    @ParameterizedTest
    @MethodSource("events")
    void everyEventTheChildWritesIsReadBackAsItWas(ChildEvent event) throws Exception {
        assertThat(binding.readValue(wire.write(event), ChildEvent.class)).isEqualTo(event);
    }

    @Test
    void everyOutcomeAndEveryKindOfMismatchIsAmongTheEventsReadBack() {
        assertThat(events()).filteredOn(ChildEvent.Finished.class::isInstance).map(e -> ((ChildEvent.Finished) e).outcome())
                .containsExactlyInAnyOrder(ChildEvent.Finished.Outcome.values());
        assertThat(events()).filteredOn(ChildEvent.Mismatch.class::isInstance).map(e -> ((ChildEvent.Mismatch) e).kind())
                .containsExactlyInAnyOrder(ChildEvent.Mismatch.Kind.values());
    }

    @Test
    void everyScenarioTheGraderWritesIsReadBackAsItWas() throws Exception {
        Scenario withJobs = new Scenario("asyncbasics.Run", "sequential,concurrent", Scenario.Call.ON_LOOP,
                List.of(Job.of("P", 0.5), Job.of("Q", 4)), List.of("asyncbasics.Run", "asyncbasics.Run$1"), 1.0, true);
        Scenario withoutJobs = new Scenario("asyncbasics.Explain", "answer1", Scenario.Call.DIRECT, null, null);

        assertThat(wire.readScenario(binding.writeValueAsString(withJobs))).isEqualTo(withJobs);
        assertThat(wire.readScenario(binding.writeValueAsString(withoutJobs))).isEqualTo(withoutJobs);
    }

    @Test
    void aLineThatIsNotAScenarioIsRefusedWithWhatItWas() {
        assertThatThrownBy(() -> wire.readScenario("[1, 2]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a scenario: [1, 2]");
        assertThatThrownBy(() -> wire.readScenario("{\"className\":\"a\"}")).isInstanceOf(IllegalArgumentException.class);
    }
}
