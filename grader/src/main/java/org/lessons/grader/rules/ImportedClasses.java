package org.lessons.grader.rules;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.function.Function;

/**
 * The learner's classes under one directory, imported by ArchUnit once for every rule and every task whose
 * classes lie there. The import is what a rule costs: it also reads every platform class the learner's classes
 * use, with its supertypes, and an import of several tasks' classes reads them once.
 */
public final class ImportedClasses {

    private final Path directory;
    private final JavaClasses classes;

    private ImportedClasses(Path directory, JavaClasses classes) {
        this.directory = directory;
        this.classes = classes;
    }

    /**
     * Imports every class file under {@code directory}.
     *
     * @throws IllegalStateException if ArchUnit imported none of the class files there, as ArchUnit
     *     1.4.0 silently does with Java 25 class files
     */
    public static ImportedClasses of(Path directory) {
        return new ImportedClasses(directory, LearnerClasses.importFrom(directory));
    }

    /**
     * Evaluates {@code rule} on the imported classes named {@code classNames} (binary names), one rule at a time.
     *
     * @throws IllegalStateException if none of them was imported
     */
    synchronized <T> T evaluate(Collection<String> classNames, Function<JavaClasses, T> rule) {
        Set<String> names = Set.copyOf(classNames);
        JavaClasses chosen = classes.that(com.tngtech.archunit.base.DescribedPredicate.describe("one task's classes",
                (JavaClass type) -> names.contains(type.getName())));
        if (!names.isEmpty() && chosen.isEmpty()) {
            throw new IllegalStateException("ArchUnit imported none of the classes " + names + " from " + directory);
        }
        return rule.apply(chosen);
    }

    /** Evaluates {@code rule} on every imported class. */
    synchronized <T> T evaluateAll(Function<JavaClasses, T> rule) {
        return rule.apply(classes);
    }
}
