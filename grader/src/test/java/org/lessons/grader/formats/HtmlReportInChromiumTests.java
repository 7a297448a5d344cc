package org.lessons.grader.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * report.html as a learner's browser shows it: Debian's headless Chromium loads the page, and its rendered DOM and a
 * screenshot are checked. Skipped where Chromium is not installed, except under CI ({@code CI} set), where it fails.
 */
class HtmlReportInChromiumTests {

    @TempDir
    Path directory;

    private Path report;

    @BeforeEach
    void writeTheReport() throws IOException {
        new HtmlReport().write(FormatsFixture.graded(), CourseEnvironment.none(), directory);
        report = directory.resolve("report.html");
    }

    @Test
    void chromiumRendersTheScoreTheChecksAndTheSvgTimelines() throws Exception {
        String dom = chromium("--dump-dom", report.toUri().toString());

        Document rendered = Jsoup.parse(dom);
        assertThat(rendered.getElementById("score")).isNotNull();
        assertThat(rendered.getElementById("score").text()).isEqualTo("3 / 13 points");
        assertThat(rendered.select("ul.checks li")).hasSize(4);
        assertThat(rendered.select("svg.timeline rect.bar")).hasSize(3);
        assertThat(rendered.select("script")).isEmpty();
    }

    @Test
    void chromiumTakesAScreenshotOfThePage() throws Exception {
        Path screenshot = directory.resolve("report.png");

        chromium("--screenshot=" + screenshot, "--window-size=1200,2000", report.toUri().toString());

        byte[] png = Files.readAllBytes(screenshot);
        assertThat(png.length).isGreaterThan(10_000);
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    private String chromium(String... arguments) throws Exception {
        Path browser = browser();
        List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--disable-gpu", "--no-sandbox",
                "--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=" + directory.resolve("profile")));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectError(directory.resolve("chromium.log").toFile()).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("chromium did not finish within 60 s");
        }
        assertThat(process.exitValue()).as("chromium's exit code; its log: %s",
                Files.readString(directory.resolve("chromium.log"))).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    private static Path browser() {
        for (String name : List.of("chromium", "chromium-browser")) {
            for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(folder, name);
                if (!folder.isEmpty() && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        boolean ci = !System.getenv().getOrDefault("CI", "").isBlank() && !"false".equalsIgnoreCase(System.getenv("CI"));
        if (ci) {
            fail("no chromium on the PATH, and CI is set: install Debian's chromium (apt-get install -y chromium)");
        }
        assumeTrue(false, "no chromium on the PATH: the browser test is skipped outside CI");
        return null;
    }
}
