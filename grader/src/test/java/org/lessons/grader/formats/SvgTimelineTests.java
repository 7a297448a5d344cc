package org.lessons.grader.formats;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.lessons.grader.scoring.RunTimeline;

import static org.assertj.core.api.Assertions.assertThat;

class SvgTimelineTests {

    @Test
    void sequentialTasksMakeAStaircaseAndConcurrentOnesStartTogether() {
        Element sequential = svg(new RunTimeline("Sequential", List.of(new RunTimeline.Span("A", 0, 2, true),
                new RunTimeline.Span("B", 2, 3, true))));
        Element concurrent = svg(new RunTimeline("Concurrent", List.of(new RunTimeline.Span("A", 0, 2, true),
                new RunTimeline.Span("B", 0, 1, true))));

        assertThat(x(sequential, 1)).isGreaterThan(x(sequential, 0));
        assertThat(x(concurrent, 1)).isEqualTo(x(concurrent, 0));
    }

    @Test
    void sectionsOnACommonAxisKeepTheirScale() {
        RunTimeline short1 = new RunTimeline("Short", List.of(new RunTimeline.Span("A", 0, 1, true)));

        double alone = width(svg(short1));
        double onSeven = width(Jsoup.parse(SvgTimeline.render(short1, 7)).selectFirst("svg"));

        assertThat(onSeven).isLessThan(alone / 5);
    }

    @Test
    void aHugeOrEmptyTimelineStillDrawsAFewTicks() {
        Element huge = svg(new RunTimeline("Huge", List.of(new RunTimeline.Span("A", 0, 4.6e10, true))));
        Element empty = svg(new RunTimeline("Empty", List.of(new RunTimeline.Span("A", 0, 0, false))));

        assertThat(huge.select("text.tick")).hasSizeBetween(2, 13);
        assertThat(empty.select("text.tick")).hasSizeBetween(1, 13);
        assertThat(empty.select("rect.bar.open")).hasSize(1);
    }

    private static Element svg(RunTimeline timeline) {
        return Jsoup.parse(SvgTimeline.render(timeline)).selectFirst("svg");
    }

    private static double x(Element svg, int bar) {
        return Double.parseDouble(svg.select("rect.bar").get(bar).attr("x"));
    }

    private static double width(Element svg) {
        return Double.parseDouble(svg.select("rect.bar").get(0).attr("width"));
    }
}
