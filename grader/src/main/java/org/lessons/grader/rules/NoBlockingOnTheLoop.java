package org.lessons.grader.rules;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.ViolationHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The static half of "never block the loop": no learner class may call a method that always blocks
 * its thread. In this lesson every line of learner code runs on the event loop (or on a pool), so
 * the rule covers lambdas (ArchUnit counts their calls as the enclosing method's), method
 * references, helper methods and anonymous classes alike.
 *
 * <p>{@code CompletableFuture.join()} and {@code get()} are not on the list: after {@code allOf}
 * they return at once, which is the idiomatic gather. When they do block the loop, the runtime
 * detector sees it.
 */
public final class NoBlockingOnTheLoop {

    /** Blocking methods by owner: a name, or {@code *} for every method of the owner with that name prefix. */
    private static final Map<String, Set<String>> BLOCKING = Map.of(
            "java.lang.Thread", Set.of("sleep", "join"),
            "java.util.concurrent.TimeUnit", Set.of("sleep", "timedJoin", "timedWait"),
            "java.lang.Object", Set.of("wait"),
            "java.util.concurrent.locks.LockSupport", Set.of("park", "parkNanos", "parkUntil"),
            "java.util.concurrent.CountDownLatch", Set.of("await"),
            "java.util.concurrent.CyclicBarrier", Set.of("await"),
            "java.util.concurrent.Semaphore", Set.of("acquire", "acquireUninterruptibly"),
            "java.util.concurrent.BlockingQueue", Set.of("take", "put"));

    private static final ArchRule RULE = classes()
            .should(new ArchCondition<JavaClass>("never call a method that blocks the thread") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                    Stream.concat(item.getMethodCallsFromSelf().stream(), item.getMethodReferencesFromSelf().stream())
                            .filter(access -> isBlocking(access.getTarget()))
                            .forEach(access -> events.add(SimpleConditionEvent.violated(access, access.getDescription())));
                }
            })
            .because("a blocking call on the event loop stops every other task until it returns");

    private NoBlockingOnTheLoop() {
    }

    /**
     * Checks every class file under {@code classesDirectory}.
     *
     * @throws IllegalStateException if ArchUnit imported none of the class files there, as ArchUnit
     *     1.4.0 silently does with Java 25 class files
     */
    public static List<BlockingCall> check(Path classesDirectory) {
        long classFiles = countClassFiles(classesDirectory);
        JavaClasses imported = new ClassFileImporter().importPath(classesDirectory);
        if (classFiles > 0 && imported.isEmpty()) {
            throw new IllegalStateException("ArchUnit imported none of the " + classFiles + " class files in "
                    + classesDirectory + "; consider an ArchUnit version that reads this class-file version");
        }
        EvaluationResult result = RULE.evaluate(imported);
        List<BlockingCall> calls = new ArrayList<>();
        ViolationHandler<JavaAccess<?>> collect = (accesses, message) -> accesses.forEach(access -> calls.add(
                new BlockingCall(describe(access.getTarget()), where(access), access.getOriginOwner().getSimpleName() + "." + access.getOrigin().getName())));
        result.handleViolations(collect);
        calls.sort(Comparator.comparing(BlockingCall::where));
        return List.copyOf(calls);
    }

    private static boolean isBlocking(AccessTarget target) {
        JavaClass owner = target.getOwner();
        return BLOCKING.entrySet().stream().anyMatch(entry -> entry.getValue().contains(target.getName())
                && (owner.getName().equals(entry.getKey()) || owner.isAssignableTo(entry.getKey())));
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
