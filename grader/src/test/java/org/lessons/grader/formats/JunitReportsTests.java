package org.lessons.grader.formats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.grader.feedback.Feedback;
import org.lessons.grader.scoring.CheckOutcome;
import org.lessons.grader.scoring.Confinement;
import org.lessons.grader.scoring.Grade;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JunitReportsTests {

    @Test
    void eachTaskIsOneValidReportWithOneTestcasePerCheck(@TempDir Path directory) throws Exception {
        new JunitReports().write(FormatsFixture.graded(), CourseEnvironment.none(), directory);

        Path run = directory.resolve("junit/TEST-run.xml");
        validate(run);
        validate(directory.resolve("junit/TEST-explain.xml"));
        Element suite = parse(run).getDocumentElement();
        assertThat(suite.getAttribute("tests")).isEqualTo("3");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("errors")).isEqualTo("1");
        Element failure = (Element) suite.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("~6 s");
        assertThat(failure.getTextContent()).contains("expected: ~3 s").contains("Run.java:40");
        assertThat(((Element) suite.getElementsByTagName("testcase").item(1)).getAttribute("name"))
                .isEqualTo("1.2 totals measured (0/3)");
    }

    @Test
    void controlCharactersAndLoneSurrogatesInTheFeedbackStayValidXml(@TempDir Path directory) throws Exception {
        Grade grade = Grade.of("src", Duration.ZERO, 1, new Confinement(true, "sandbox"), List.of(
                FormatsFixture.check("run", "x", "x \u0000", CheckOutcome.Status.FAILED, 2,
                        new Feedback("a", "\u0001\u0007 \ud800 ]]> </failure> " + FormatsFixture.HOSTILE, "", "b"))),
                Duration.ZERO);

        new JunitReports().write(new GradedSubmission(grade, Set.of("run"), FormatsFixture.GRADED_AT),
                CourseEnvironment.none(), directory);

        Path report = directory.resolve("junit/TEST-run.xml");
        validate(report);
        Element failure = (Element) parse(report).getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).contains("\\u0001").contains("\\u0007").contains("]]> </failure>")
                .contains("<script>");
    }

    @Test
    void theContractSchemaRefusesATestcaseWithoutAName(@TempDir Path directory) throws Exception {
        Path broken = Files.writeString(directory.resolve("TEST-broken.xml"),
                "<testsuite name=\"s\" tests=\"1\" failures=\"0\" errors=\"0\"><testcase classname=\"c\" time=\"0\"/></testsuite>");

        assertThatThrownBy(() -> validate(broken)).hasMessageContaining("name");
    }

    private static void validate(Path report) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(JunitReportsTests.class.getResource("/contracts/junit-legacy.xsd"))
                .newValidator().validate(new StreamSource(report.toFile()));
    }

    private static Document parse(Path report) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
    }
}
