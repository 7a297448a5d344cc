package org.lessons.grader.classroom;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ClassResultsTests {

    @TempDir
    Path temporary;

    @Test
    void aRegradeThatEndsInAnErrorLeavesNoResultOfTheEarlierGradeBehind() throws Exception {
        ClassResults results = new ClassResults(temporary.resolve("out"));
        Path alice = results.of("alice");
        Files.createDirectories(alice.resolve("gradescope"));
        Files.writeString(alice.resolve(ClassResults.GRADE), "{\"schemaVersion\":1,\"score\":25,\"maxScore\":25,"
                + "\"tasks\":[]}");
        Files.writeString(alice.resolve(ClassResults.REPORT), "<html>25 of 25</html>");
        Files.writeString(alice.resolve("gradescope/results.json"), "{\"score\":25}");
        Path elsewhere = Files.writeString(temporary.resolve("elsewhere.txt"), "not a result");
        Files.createSymbolicLink(alice.resolve("link"), elsewhere);

        results.clear("alice");
        results.writeError("alice", "git could not clone it");

        try (var left = Files.walk(alice)) {
            assertThat(left.map(path -> alice.relativize(path).toString())).containsExactlyInAnyOrder("",
                    ClassResults.ERROR);
        }
        assertThat(elsewhere).hasContent("not a result");
        assertThat(results.rows()).singleElement().satisfies(row -> {
            assertThat(row.error()).contains("git could not clone it");
            assertThat(row.report()).isFalse();
        });
    }
}
