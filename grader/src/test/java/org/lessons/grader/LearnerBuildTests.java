package org.lessons.grader;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lessons.grader.checks.GradingFixture;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Maven's own build of the learner's module runs no code of theirs: an annotation processor placed among their
 * resources (a {@code META-INF/services} entry and its class) ran inside Maven's JVM while the exercises compiled,
 * and rewrote the grade. The grader's own compilation passes {@code -proc:none} too.
 */
class LearnerBuildTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"exercises/pom.xml", "solutions/pom.xml"})
    void theLearnersModuleCompilesWithoutAnnotationProcessing(String pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(GradingFixture.root().resolve(Path.of(pom)).toFile());

        String proc = (String) XPathFactory.newInstance().newXPath().evaluate(
                "/*[local-name()='project']/*[local-name()='build']/*[local-name()='plugins']"
                        + "/*[local-name()='plugin'][*[local-name()='artifactId']='maven-compiler-plugin']"
                        + "/*[local-name()='configuration']/*[local-name()='proc']", document, XPathConstants.STRING);

        assertThat(proc.strip()).as(pom + ": the compiler plugin's <proc>").isEqualTo("none");
    }
}
