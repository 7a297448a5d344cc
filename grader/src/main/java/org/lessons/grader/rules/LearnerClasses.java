package org.lessons.grader.rules;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The learner's compiled classes as ArchUnit sees them, and how a rule names what it found there. */
final class LearnerClasses {

    private LearnerClasses() {
    }

    /**
     * Imports every class file under {@code directory}.
     *
     * @throws IllegalStateException if ArchUnit imported none of the class files there, as ArchUnit
     *     1.4.0 silently does with Java 25 class files
     */
    static JavaClasses importFrom(Path directory) {
        long classFiles = countClassFiles(directory);
        JavaClasses imported = new ClassFileImporter().importPath(directory);
        if (classFiles > 0 && imported.isEmpty()) {
            throw new IllegalStateException("ArchUnit imported none of the " + classFiles + " class files in "
                    + directory + "; consider an ArchUnit version that reads this class-file version");
        }
        return imported;
    }

    /** Every method call and method reference a class makes: lambdas count as their enclosing method's. */
    static Stream<JavaAccess<?>> callsAndReferences(JavaClass type) {
        return Stream.concat(type.getMethodCallsFromSelf().stream(), type.getMethodReferencesFromSelf().stream());
    }

    static FoundCall found(JavaAccess<?> access) {
        JavaClass origin = access.getOriginOwner();
        String packagePath = origin.getPackageName().isEmpty() ? "" : origin.getPackageName().replace('.', '/') + "/";
        return new FoundCall(access.getTarget().getOwner().getSimpleName() + "." + access.getTarget().getName(),
                packagePath + access.getSourceCodeLocation().getSourceFileName() + ":" + access.getLineNumber(),
                origin.getSimpleName() + "." + access.getOrigin().getName());
    }

    private static long countClassFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".class")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
