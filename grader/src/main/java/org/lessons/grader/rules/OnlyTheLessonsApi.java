package org.lessons.grader.rules;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaConstructorReference;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.SourceCodeLocation;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.lessons.grader.rules.ForbiddenUse.Kind;
import org.lessons.grader.rules.ForbiddenUse.Reason;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The learner's code may use only what the lesson needs ({@link LessonApi}): every call, new object,
 * field and named type of the learner's classes is checked, lambdas, method references, helper methods
 * and nested classes alike. What the compiler generates for lambdas, records, enums, switches and string
 * concatenation ({@code invokedynamic} bootstraps in {@code java.lang.invoke} and {@code java.lang.runtime})
 * is not the learner's use: ArchUnit does not report bootstraps as accesses, and code of synthetic methods
 * (a serializable lambda's {@code $deserializeLambda$}) is left out.
 */
public final class OnlyTheLessonsApi {

    private OnlyTheLessonsApi() {
    }

    /**
     * Every forbidden use in the class files under {@code classesDirectory}, one per line of the learner's
     * file (calls before new objects, fields and types), sorted by file and line; uses the class file keeps no line for (a
     * field's declared type) come after those of their file that have one.
     *
     * @param learnerPackage the package of the learner's classes, such as {@code asyncbasics}
     * @throws IllegalStateException if ArchUnit imported none of the class files there
     */
    public static List<ForbiddenUse> check(Path classesDirectory, String learnerPackage) {
        return ImportedClasses.of(classesDirectory).evaluateAll(classes -> check(classes, learnerPackage));
    }

    /**
     * The same for the imported classes named {@code classNames}.
     *
     * @throws IllegalStateException if none of them was imported
     */
    public static List<ForbiddenUse> check(ImportedClasses imported, Collection<String> classNames,
                                           String learnerPackage) {
        return imported.evaluate(classNames, classes -> check(classes, learnerPackage));
    }

    private static List<ForbiddenUse> check(JavaClasses classes, String learnerPackage) {
        LessonApi api = new LessonApi(learnerPackage);
        List<ForbiddenUse> found = new ArrayList<>();
        ArchRule rule = classes().should(new ArchCondition<JavaClass>("use only what the lesson needs") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                forbiddenUses(item, api).forEach(use -> {
                    found.add(use);
                    events.add(SimpleConditionEvent.violated(item, use.toString()));
                });
            }
        }).because("the grader runs learner code next to its own, and the lesson needs no more");
        rule.evaluate(classes);
        Map<String, ForbiddenUse> firstPerLine = new LinkedHashMap<>();
        found.stream().sorted(Comparator.comparing(OnlyTheLessonsApi::file)
                        .thenComparingInt(use -> line(use) > 0 ? line(use) : Integer.MAX_VALUE)
                        .thenComparing(ForbiddenUse::kind).thenComparing(ForbiddenUse::target))
                .forEach(use -> firstPerLine.putIfAbsent(use.where(), use));
        return List.copyOf(firstPerLine.values());
    }

    private static Stream<ForbiddenUse> forbiddenUses(JavaClass type, LessonApi api) {
        Stream<ForbiddenUse> accesses = Stream.concat(type.getFieldAccessesFromSelf().stream(),
                        type.getCodeUnitAccessesFromSelf().stream())
                .filter(access -> !access.getOrigin().getModifiers().contains(JavaModifier.SYNTHETIC))
                .flatMap(access -> forbidden(access, api).stream());
        Stream<ForbiddenUse> types = type.getDirectDependenciesFromSelf().stream()
                .flatMap(dependency -> forbidden(dependency, api).stream());
        return Stream.concat(accesses, types);
    }

    private static Optional<ForbiddenUse> forbidden(JavaAccess<?> access, LessonApi api) {
        AccessTarget target = access.getTarget();
        Kind kind = access instanceof JavaFieldAccess ? Kind.FIELD
                : access instanceof JavaConstructorCall || access instanceof JavaConstructorReference ? Kind.CONSTRUCTOR
                : Kind.CALL;
        List<String> parameters = target instanceof AccessTarget.CodeUnitAccessTarget codeUnit
                ? codeUnit.getRawParameterTypes().stream().map(JavaClass::getName).toList() : List.of();
        String where = where(access.getOriginOwner(), access.getSourceCodeLocation());
        return verdict(target, parameters, api)
                .map(verdict -> new ForbiddenUse(kind, kind == Kind.CONSTRUCTOR ? verdict.owner()
                        : verdict.owner() + "." + target.getName(), where, verdict.reason()));
    }

    /** A forbidden member, named by the platform class that declares it. */
    private record Verdict(String owner, Reason reason) {
    }

    /**
     * The member's own verdict, else one for its parameters' and result's types; for a member the learner's
     * class inherits from the platform (a subclass of {@code Thread} calling {@code stop()}), the verdict of
     * an allowed ancestor's member. A forbidden ancestor needs none: a learner's class that extends or
     * implements one directly is a forbidden use of its type, and an indirect one ({@code Constable}, which
     * every enum implements) is the platform's business.
     */
    private static Optional<Verdict> verdict(AccessTarget target, List<String> parameters, LessonApi api) {
        JavaClass owner = element(target.getOwner());
        if (owner.isPrimitive()) {
            return Optional.empty();
        }
        if (!api.isLearners(owner.getName())) {
            return api.member(owner.getName(), target.getName(), parameters)
                    .or(() -> signatureReason(target, api))
                    .map(reason -> new Verdict(owner.getName(), reason));
        }
        if (declaredByLearner(owner, target.getName(), api)) {
            return Optional.empty();
        }
        return Stream.concat(owner.getAllRawSuperclasses().stream(), owner.getAllRawInterfaces().stream())
                .filter(ancestor -> !api.isLearners(ancestor.getName()) && api.type(ancestor.getName()).isEmpty())
                .flatMap(ancestor -> api.member(ancestor.getName(), target.getName(), parameters).stream()
                        .map(reason -> new Verdict(ancestor.getName(), reason)))
                .findFirst();
    }

    private static boolean declaredByLearner(JavaClass owner, String member, LessonApi api) {
        return Stream.concat(Stream.of(owner), owner.getAllRawSuperclasses().stream())
                .filter(type -> api.isLearners(type.getName()))
                .anyMatch(type -> type.getCodeUnits().stream().anyMatch(unit -> unit.getName().equals(member))
                        || type.getFields().stream().anyMatch(field -> field.getName().equals(member)));
    }

    /** A call whose parameters or result are of a forbidden type (a {@code ClassLoader}, a {@code Path}). */
    private static Optional<Reason> signatureReason(AccessTarget target, LessonApi api) {
        if (!(target instanceof AccessTarget.CodeUnitAccessTarget codeUnit)) {
            return Optional.empty();
        }
        return Stream.concat(Stream.of(codeUnit.getRawReturnType()), codeUnit.getRawParameterTypes().stream())
                .map(OnlyTheLessonsApi::element)
                .filter(type -> !type.isPrimitive())
                .flatMap(type -> api.type(type.getName()).stream())
                .findFirst();
    }

    private static Optional<ForbiddenUse> forbidden(Dependency dependency, LessonApi api) {
        JavaClass target = element(dependency.getTargetClass());
        if (target.isPrimitive()) {
            return Optional.empty();
        }
        return api.type(target.getName()).map(reason -> new ForbiddenUse(Kind.TYPE, target.getName(),
                where(dependency.getOriginClass(), dependency.getSourceCodeLocation()), reason));
    }

    private static JavaClass element(JavaClass type) {
        return type.isArray() ? type.getBaseComponentType() : type;
    }

    private static String where(JavaClass origin, SourceCodeLocation location) {
        String packagePath = origin.getPackageName().isEmpty() ? "" : origin.getPackageName().replace('.', '/') + "/";
        String file = packagePath + location.getSourceFileName();
        return location.getLineNumber() > 0 ? file + ":" + location.getLineNumber() : file;
    }

    private static String file(ForbiddenUse use) {
        int colon = use.where().lastIndexOf(':');
        return colon < 0 ? use.where() : use.where().substring(0, colon);
    }

    private static int line(ForbiddenUse use) {
        int colon = use.where().lastIndexOf(':');
        return colon < 0 ? 0 : Integer.parseInt(use.where().substring(colon + 1));
    }
}
