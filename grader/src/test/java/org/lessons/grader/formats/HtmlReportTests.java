package org.lessons.grader.formats;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportTests {

    private final Document page = Jsoup.parse(HtmlReport.page(FormatsFixture.graded()));

    @Test
    void thePageShowsTheScoreEveryTaskAndEveryCheckWithItsFeedback() {
        assertThat(page.title()).isEqualTo("Async Basics: 3/13");
        assertThat(page.getElementById("score").text()).isEqualTo("3 / 13 points");
        assertThat(page.select("section.task")).hasSize(2);
        assertThat(page.select("ul.checks li")).hasSize(4);
        assertThat(page.select("li.failed")).hasSize(2);
        assertThat(page.select("li.inconclusive .badge").text()).isEqualTo("UNJUDGED");
        Element failed = page.select("#task-run li.failed").first();
        assertThat(failed.select("dl.feedback dd").eachText()).containsExactly("~3 s", "~6 s",
                "exercises/src/main/java/asyncbasics/Run.java:40", "Measure the total around the gather.");
    }

    @Test
    void eachTasksRunIsAnSvgTimelineWithOneBarPerTask() {
        Element svg = page.selectFirst("#task-run svg.timeline");

        assertThat(svg).isNotNull();
        assertThat(svg.select("rect.bar")).hasSize(3);
        assertThat(svg.select("rect.bar.open")).hasSize(1);
        assertThat(svg.select("text.name").eachText()).containsExactly("A", "B", "<b>C</b>");
        assertThat(svg.select("text.length").eachText()).containsExactly("2.00 s", "1.00 s", "never done");
        assertThat(page.select("#task-explain svg")).isEmpty();
    }

    @Test
    void theLearnersTextIsShownAsTextNeverAsMarkup() {
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("b")).isEmpty();
        assertThat(page.select("a")).isEmpty();
        assertThat(page.select("#task-explain dd").eachText()).anySatisfy(text ->
                assertThat(text).contains("<script>alert(1)</script>").contains("\\e[2J"));
        assertThat(page.html()).doesNotContain("\u001b");
    }

    @Test
    void thePageLoadsNothingFromOutside(@TempDir Path directory) {
        assertThat(page.select("[src], link, iframe, object, embed, base")).isEmpty();
        assertThat(page.select("[href]")).isEmpty();
        assertThat(page.select("style").html()).doesNotContain("url(").doesNotContain("@import");
        assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("default-src 'none'");
    }
}
