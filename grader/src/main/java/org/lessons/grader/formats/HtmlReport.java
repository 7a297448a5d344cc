package org.lessons.grader.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.lessons.grader.feedback.Feedback;
import org.lessons.grader.scoring.RunTimeline;
import org.lessons.grader.scoring.CheckOutcome;
import org.lessons.grader.scoring.Grade;
import org.lessons.grader.scoring.TaskGrade;

/**
 * {@code report.html}: the grade as one self-contained page a learner opens in any browser: the score, every task and
 * check with its feedback, and each task's run drawn as an SVG timeline. It loads nothing (inline CSS and SVG, no
 * script), and every text that may hold what the learner's code made is escaped, so it shows as text.
 */
final class HtmlReport implements ResultFile {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private static final String STYLE = """
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#f6f8fa;\
            margin:0}main{max-width:960px;margin:0 auto;padding:24px}h1{font-size:26px;margin:0 0 4px}\
            .score{font-size:44px;font-weight:700;margin:8px 0}.score small{font-size:20px;color:#59636e}\
            .meter{height:12px;background:#d8dee4;border-radius:6px;overflow:hidden;max-width:420px}\
            .meter span{display:block;height:100%;background:#1a7f37}.meta{color:#59636e;font-size:13px}\
            .practice{background:#fff8c5;border:1px solid #d4a72c;padding:8px 12px;border-radius:6px}\
            section.task{background:#fff;border:1px solid #d1d9e0;border-radius:8px;padding:16px 20px;margin:18px 0}\
            section.task h2{font-size:18px;margin:0 0 10px;display:flex;justify-content:space-between;gap:12px}\
            .points{white-space:nowrap;color:#59636e}ul.checks{list-style:none;padding:0;margin:0}\
            ul.checks li{border-top:1px solid #eef1f4;padding:8px 0}.badge{display:inline-block;min-width:78px;\
            text-align:center;font-size:12px;font-weight:700;border-radius:10px;padding:1px 8px;margin-right:8px}\
            .passed .badge{background:#dafbe1;color:#1a7f37}.failed .badge{background:#ffebe9;color:#cf222e}\
            .inconclusive .badge{background:#fff8c5;color:#9a6700}\
            .withheld .badge{background:#ddf4ff;color:#0969da}.pts{color:#59636e;margin-left:6px;font-size:13px}\
            dl.feedback{display:grid;grid-template-columns:88px 1fr;gap:2px 10px;margin:8px 0 0 0;font-size:14px;\
            background:#f6f8fa;border-radius:6px;padding:8px 12px}dl.feedback dt{color:#59636e}\
            dl.feedback dd{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}dd.where{font-family:ui-monospace,\
            SFMono-Regular,Menlo,monospace;font-size:13px}h3{font-size:14px;color:#59636e;margin:16px 0 4px}\
            svg.timeline{max-width:100%;height:auto;display:block;margin:6px 0}svg .caption{font:600 13px sans-serif;\
            fill:#1f2328}svg .tick{font:11px sans-serif;fill:#59636e;text-anchor:middle}svg .grid{stroke:#d8dee4}\
            svg .name{font:12px ui-monospace,monospace;fill:#1f2328;text-anchor:end}svg .length{font:11px sans-serif;\
            fill:#59636e}svg .bar.done{fill:#0969da}svg .bar.open{fill:#fff1e5;stroke:#bc4c00;stroke-dasharray:4 3}\
            .notes{color:#59636e;font-size:13px}""";

    @Override
    public String path() {
        return "report.html";
    }

    @Override
    public void write(GradedSubmission graded, CourseEnvironment environment, Path directory) throws IOException {
        ResultFile.writeAtomically(directory.resolve(path()), page(graded));
    }

    static String page(GradedSubmission graded) {
        Grade grade = graded.grade();
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; img-src data:\">")
                .append(String.format(Locale.ROOT, "<title>Async Basics: %d/%d</title>", grade.score(), grade.maxScore()))
                .append("<style>").append(STYLE).append("</style></head><body><main>\n");
        html.append("<header><h1>Async Basics: your grade</h1>");
        int percent = grade.maxScore() == 0 ? 0 : Math.round(100f * grade.score() / grade.maxScore());
        html.append(String.format(Locale.ROOT, "<p class=\"score\" id=\"score\">%d<small> / %d points</small></p>",
                grade.score(), grade.maxScore()));
        html.append(String.format(Locale.ROOT, "<div class=\"meter\" title=\"%d%%\"><span style=\"width:%d%%\"></span>"
                + "</div>", percent, percent));
        html.append("<p class=\"meta\">").append(Escape.html(CourseWording.total(grade))).append(" · graded ")
                .append(Escape.html(WHEN.format(graded.gradedAt()))).append(" · seed ").append(grade.seed())
                .append(" · ").append(Escape.html(grade.submission())).append("</p>");
        if (!grade.confinement().sandboxed()) {
            html.append("<p class=\"practice\">").append(Escape.html(grade.confinement().headline())).append("</p>");
        }
        if (!graded.gradable()) {
            html.append("<p class=\"practice\">").append(Escape.html(CourseWording.ungradable(grade))).append("</p>");
        }
        for (String note : grade.notes()) {
            html.append("<p class=\"notes\">").append(Escape.html(note)).append("</p>");
        }
        html.append("</header>\n");
        List<NumberedCheck> checks = NumberedCheck.of(grade);
        for (TaskGrade task : grade.tasks()) {
            task(html, task, checks.stream().filter(c -> c.task().equals(task)).toList(), graded.timelinesOf(task.id()));
        }
        return html.append("</main></body></html>\n").toString();
    }

    private static void task(StringBuilder html, TaskGrade task, List<NumberedCheck> checks, List<RunTimeline> runs) {
        html.append("<section class=\"task\" id=\"task-").append(Escape.html(task.id())).append("\">");
        html.append("<h2><span>").append(Escape.html(task.title())).append("</span><span class=\"points\">")
                .append(task.score()).append(" / ").append(task.maxScore()).append("</span></h2>");
        html.append("<ul class=\"checks\">");
        for (NumberedCheck numbered : checks) {
            CheckOutcome check = numbered.check();
            String status = check.status().name().toLowerCase(Locale.ROOT);
            html.append("<li class=\"").append(status).append("\"><span class=\"badge\">")
                    .append(label(check.status())).append("</span>").append(numbered.number()).append(' ')
                    .append(Escape.html(check.name())).append("<span class=\"pts\">").append(check.points())
                    .append('/').append(check.maxPoints()).append("</span>");
            check.feedback().ifPresent(feedback -> feedback(html, feedback));
            html.append("</li>");
        }
        html.append("</ul>");
        if (!runs.isEmpty()) {
            html.append("<h3>When each task of the program ran</h3>");
            double axis = runs.stream().mapToDouble(RunTimeline::end).max().orElse(0);
            runs.forEach(run -> html.append(SvgTimeline.render(run, axis)));
        }
        html.append("</section>\n");
    }

    private static void feedback(StringBuilder html, Feedback feedback) {
        html.append("<dl class=\"feedback\"><dt>expected</dt><dd>").append(Escape.htmlLines(feedback.expected()))
                .append("</dd><dt>measured</dt><dd>").append(Escape.htmlLines(feedback.measured())).append("</dd>");
        if (!feedback.where().isEmpty()) {
            html.append("<dt>where</dt><dd class=\"where\">").append(Escape.html(feedback.where())).append("</dd>");
        }
        html.append("<dt>next</dt><dd>").append(Escape.htmlLines(feedback.next())).append("</dd></dl>");
    }

    private static String label(CheckOutcome.Status status) {
        return switch (status) {
            case PASSED -> "PASS";
            case FAILED -> "FAIL";
            case INCONCLUSIVE -> "UNJUDGED";
            case WITHHELD -> "HIDDEN";
        };
    }
}
