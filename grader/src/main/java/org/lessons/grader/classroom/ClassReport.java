package org.lessons.grader.classroom;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * {@code class.html}: one self-contained page (inline CSS and SVG, no script, nothing fetched) on the whole class: the
 * score histogram, each check's pass rate (the lowest first: what the class struggles with), the most common failures,
 * and every learner's grade, linked to their {@code report.html} where there is one. Every text from a learner or a
 * grade is escaped, and the page is well-formed XML, so that a browser and an XML parser read it alike.
 */
final class ClassReport {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:72em}
            h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em}
            table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.25em .6em;text-align:left;vertical-align:top}
            td.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}td.id{white-space:nowrap}
            .bar{background:#eee;width:10em;height:.9em;display:inline-block}
            .bar span{background:#4a7;height:100%;display:block}
            .low .bar span{background:#c54}
            .error{color:#a22}.practice{color:#a60}
            pre{white-space:pre-wrap;margin:0;font-size:.9em}
            """;

    private ClassReport() {
    }

    static void write(List<LearnerRow> rows, Path file) throws IOException {
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "class", ".html.tmp");
        Files.writeString(temporary, render(rows), StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static String render(List<LearnerRow> rows) {
        ClassStatistics stats = ClassStatistics.of(rows);
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>Async Basics: class report</title>\n<style>")
                .append(STYLE).append("</style>\n</head>\n<body>\n<h1>Async Basics: class report</h1>\n");
        html.append("<p>").append(stats.learners()).append(" learners, ").append(stats.errors())
                .append(" could not be graded (scored 0), ").append(stats.practice())
                .append(" practice grades (not sandboxed). Median score ").append(median(rows)).append(" of ")
                .append(stats.max()).append(".</p>\n");
        histogram(html, stats);
        passRates(html, stats);
        failures(html, stats);
        learners(html, rows, stats.max());
        return html.append("</body>\n</html>\n").toString();
    }

    private static void histogram(StringBuilder html, ClassStatistics stats) {
        int most = Math.max(1, stats.histogram().stream().mapToInt(Integer::intValue).max().orElse(1));
        int width = 48;
        int height = 160;
        html.append("<h2>Scores</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(10 * width + 20)
                .append("\" height=\"").append(height + 60).append("\" role=\"img\" aria-label=\"score histogram\">\n");
        for (int bin = 0; bin < 10; bin++) {
            int count = stats.histogram().get(bin);
            int bar = count * height / most;
            int x = 10 + bin * width;
            html.append("<rect x=\"").append(x + 4).append("\" y=\"").append(30 + height - bar).append("\" width=\"")
                    .append(width - 8).append("\" height=\"").append(bar).append("\" fill=\"#4a7\"><title>")
                    .append(count).append(" learners at ").append(bin * 10).append("% to ")
                    .append(bin == 9 ? 100 : bin * 10 + 9).append("%</title></rect>\n");
            html.append("<text x=\"").append(x + width / 2).append("\" y=\"").append(height + 25 - bar)
                    .append("\" text-anchor=\"middle\" font-size=\"12\">").append(count).append("</text>\n");
            html.append("<text x=\"").append(x + width / 2).append("\" y=\"").append(height + 48)
                    .append("\" text-anchor=\"middle\" font-size=\"11\">").append(bin * 10).append(bin == 9 ? "-100" : "")
                    .append("%</text>\n");
        }
        html.append("</svg>\n");
    }

    private static void passRates(StringBuilder html, ClassStatistics stats) {
        html.append("<h2>Checks, the hardest first</h2>\n<table>\n<tr><th>task</th><th>check</th><th>passed</th>"
                + "<th></th></tr>\n");
        for (ClassStatistics.PassRate rate : stats.passRates()) {
            html.append("<tr").append(rate.percent() < 50 ? " class=\"low\"" : "").append("><td class=\"id\">")
                    .append(escape(rate.task())).append("</td><td>").append(escape(rate.name()))
                    .append("</td><td class=\"n\">").append(rate.passed()).append(" of ").append(rate.graded())
                    .append(" (").append(rate.percent()).append("%)</td><td><span class=\"bar\"><span style=\"width:")
                    .append(rate.percent()).append("%\"></span></span></td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void failures(StringBuilder html, ClassStatistics stats) {
        html.append("<h2>Most common failures</h2>\n<table>\n<tr><th>learners</th><th>where</th><th>what was measured"
                + "</th></tr>\n");
        for (ClassStatistics.Failure failure : stats.failures()) {
            html.append("<tr><td class=\"n\">").append(failure.count()).append("</td><td>")
                    .append(escape(failure.where())).append("</td><td><pre>").append(escape(failure.message()))
                    .append("</pre></td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void learners(StringBuilder html, List<LearnerRow> rows, int max) {
        List<String> tasks = GradesCsv.taskColumns(rows);
        html.append("<h2>Learners</h2>\n<table>\n<tr><th>learner</th><th>score</th>");
        tasks.forEach(task -> html.append("<th>").append(escape(task)).append("</th>"));
        html.append("<th>notes</th></tr>\n");
        for (LearnerRow row : rows) {
            html.append("<tr><td>");
            if (row.report()) {
                html.append("<a href=\"learners/").append(escape(URLEncoder.encode(row.learner(), StandardCharsets.UTF_8)
                        .replace("+", "%20"))).append("/report.html\">").append(escape(row.learner())).append("</a>");
            } else {
                html.append(escape(row.learner()));
            }
            html.append("</td><td class=\"n\">").append(row.score()).append(" / ")
                    .append(row.error().isPresent() ? max : row.maxScore()).append("</td>");
            for (String task : tasks) {
                html.append("<td class=\"n\">").append(row.tasks().containsKey(task) ? row.tasks().get(task) : "")
                        .append("</td>");
            }
            html.append("<td>");
            row.error().ifPresent(error -> html.append("<span class=\"error\">").append(escape(error)).append("</span>"));
            if (row.error().isEmpty() && !row.sandboxed()) {
                html.append("<span class=\"practice\">practice grade: not sandboxed</span>");
            }
            html.append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static String median(List<LearnerRow> rows) {
        List<Integer> scores = rows.stream().map(LearnerRow::score).sorted().toList();
        if (scores.isEmpty()) {
            return "-";
        }
        int middle = scores.size() / 2;
        double median = scores.size() % 2 == 1 ? scores.get(middle) : (scores.get(middle - 1) + scores.get(middle)) / 2.0;
        return median == Math.rint(median) ? Integer.toString((int) median) : Double.toString(median);
    }

    /** The text, safe in HTML and XML content and attribute values; characters XML forbids become U+FFFD. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                    escaped.appendCodePoint(allowed ? c : 0xFFFD);
                }
            }
        });
        return escaped.toString();
    }
}
