package org.lessons.grader.rules;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the calls (and method references) that learner classes make to one method, for rules such
 * as "awaits its task handles one by one instead of {@code CompletableFuture.allOf}".
 */
public final class MethodCalls {

    private MethodCalls() {
    }

    /**
     * Every call or method reference to {@code owner.method} in the class files under
     * {@code classesDirectory}, sorted by where they are.
     *
     * @throws IllegalStateException if ArchUnit imported none of the class files there
     */
    public static List<FoundCall> to(Path classesDirectory, String owner, String method) {
        long classFiles = countClassFiles(classesDirectory);
        JavaClasses imported = new ClassFileImporter().importPath(classesDirectory);
        if (classFiles > 0 && imported.isEmpty()) {
            throw new IllegalStateException("ArchUnit imported none of the " + classFiles + " class files in "
                    + classesDirectory);
        }
        List<FoundCall> found = new ArrayList<>();
        for (JavaClass type : imported) {
            Stream.concat(type.getMethodCallsFromSelf().stream(), type.getMethodReferencesFromSelf().stream())
                    .filter(access -> matches(access.getTarget(), owner, method))
                    .forEach(access -> found.add(new FoundCall(describe(access.getTarget()), where(access),
                            access.getOriginOwner().getSimpleName() + "." + access.getOrigin().getName())));
        }
        found.sort(Comparator.comparing(FoundCall::where));
        return List.copyOf(found);
    }

    /**
     * One call found.
     *
     * @param target the called method, such as {@code CompletableFuture.allOf}
     * @param where the learner's file and line, such as {@code asyncbasics/Alter2.java:31}
     * @param origin the learner method that makes the call (a lambda shows as its synthetic method)
     */
    public record FoundCall(String target, String where, String origin) {
    }

    private static boolean matches(AccessTarget target, String owner, String method) {
        return target.getName().equals(method) && target.getOwner().getName().equals(owner);
    }

    private static String describe(AccessTarget target) {
        return target.getOwner().getSimpleName() + "." + target.getName();
    }

    private static String where(JavaAccess<?> access) {
        JavaClass origin = access.getOriginOwner();
        String packagePath = origin.getPackageName().isEmpty() ? "" : origin.getPackageName().replace('.', '/') + "/";
        return packagePath + access.getSourceCodeLocation().getSourceFileName() + ":" + access.getLineNumber();
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
