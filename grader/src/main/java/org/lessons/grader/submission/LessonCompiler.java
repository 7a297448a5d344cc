package org.lessons.grader.submission;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticListener;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the files of several tasks in one javac pass, which costs little more than compiling one of them
 * (javac reads the platform's classes once, not once per task).
 *
 * <p>The pass stands for each task's own compilation only when that changes nothing: every file compiled, and
 * no compiled file names a type that another compiled file declares. Then {@link TaskCompiler} would have
 * compiled exactly each file's own classes, and a task gets those. When only some task files have errors, the
 * pass is made once more without them. Otherwise there is no result, and each task is compiled on its own, so
 * that a compile error, or a helper file that does not compile, still costs only the tasks that use it.
 */
final class LessonCompiler {

    private final Path sourceRoot;
    private final List<Path> classpath;

    /** @param sourceRoot the copy of the lesson's sources to compile (see {@link LessonSources}) */
    LessonCompiler(Path sourceRoot, List<Path> classpath) {
        this.sourceRoot = sourceRoot;
        this.classpath = List.copyOf(classpath);
    }

    /** Whether a pass over {@code sourceFiles} can save anything: at least two of them exist, and there is a javac. */
    boolean compilesTogether(List<String> sourceFiles) {
        return sourceFiles.stream().map(sourceRoot::resolve).filter(Files::isRegularFile).limit(2).count() == 2
                && ToolProvider.getSystemJavaCompiler() != null;
    }

    /**
     * Compiles the {@code sourceFiles} that exist (relative to the source root) into {@code output}. When the pass
     * fails only on errors in some of these files, it is made once more without them: a learner's one broken task
     * leaves the others to the pass, and only that task is compiled on its own.
     *
     * @return every compiled class by its source file, or empty when the pass cannot stand for the tasks' own
     */
    Optional<CompiledTogether> compile(List<String> sourceFiles, Path output) {
        if (!compilesTogether(sourceFiles)) {
            return Optional.empty();
        }
        Pass pass = pass(sourceFiles, output);
        if (!pass.succeeded() && !pass.erroneous().isEmpty() && sourceFiles.containsAll(pass.erroneous())) {
            List<String> rest = sourceFiles.stream().filter(file -> !pass.erroneous().contains(file)).toList();
            return compilesTogether(rest) ? standing(pass(rest, output), output) : Optional.empty();
        }
        return standing(pass, output);
    }

    private Optional<CompiledTogether> standing(Pass pass, Path output) {
        return !pass.succeeded() || namesAnotherFilesType(pass.classNamesBySource()) ? Optional.empty()
                : Optional.of(new CompiledTogether(output, pass.classNamesBySource()));
    }

    /**
     * One javac call.
     *
     * @param succeeded whether it compiled, and every class file came from a source file
     * @param classNamesBySource what it compiled, by source file
     * @param erroneous the source files with errors; empty also when an error had no file
     */
    private record Pass(boolean succeeded, Map<String, List<String>> classNamesBySource, Set<String> erroneous) {
    }

    private Pass pass(List<String> sourceFiles, Path output) {
        List<Path> sources = sourceFiles.stream().map(sourceRoot::resolve).filter(Files::isRegularFile).toList();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        TaskCompiler.clean(output);
        Map<String, String> owners = new HashMap<>();
        boolean[] unowned = new boolean[1];
        Set<String> erroneous = new HashSet<>();
        boolean[] errorWithoutFile = new boolean[1];
        DiagnosticListener<JavaFileObject> errors = diagnostic -> {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                if (diagnostic.getSource() == null) {
                    errorWithoutFile[0] = true;
                } else {
                    erroneous.add(relative(diagnostic.getSource()));
                }
            }
        };
        boolean ok;
        try (StandardJavaFileManager standard = javac.getStandardFileManager(null, Locale.ROOT, null);
             ForwardingJavaFileManager<StandardJavaFileManager> files = new ForwardingJavaFileManager<>(standard) {
                 @Override
                 public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                            FileObject sibling) throws IOException {
                     if (kind == JavaFileObject.Kind.CLASS) {
                         if (sibling == null) {
                             unowned[0] = true;
                         } else {
                             owners.put(className, relative(sibling));
                         }
                     }
                     return super.getJavaFileForOutput(location, className, kind, sibling);
                 }
             }) {
            ok = javac.getTask(new StringWriter(), files, errors, TaskCompiler.options(sourceRoot, classpath, output),
                    null, standard.getJavaFileObjectsFromPaths(sources)).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> bySource = new HashMap<>();
        owners.forEach((className, source) -> bySource.computeIfAbsent(source, s -> new ArrayList<>()).add(className));
        return new Pass(ok && !unowned[0], bySource, errorWithoutFile[0] ? Set.of() : erroneous);
    }

    private String relative(FileObject file) {
        return sourceRoot.relativize(Path.of(file.toUri())).toString().replace(java.io.File.separatorChar, '/');
    }

    /**
     * Whether a compiled file contains, as a word, the name of a type that another compiled file declares (a
     * nested or local type's own name counts too). Compiled alone, such a file would have compiled the other
     * file with it, or failed without it. Any word of the code counts, also one that names something else: that
     * only costs the speed-up. A unicode escape could spell a name unseen, so a file with one counts as naming
     * everything.
     */
    private boolean namesAnotherFilesType(Map<String, List<String>> bySource) {
        Map<String, Set<String>> declared = new HashMap<>();
        bySource.forEach((source, classNames) -> declared.put(source, simpleNames(classNames)));
        for (String source : bySource.keySet()) {
            String text = read(source);
            if (text.contains("\\u")) {
                return true;
            }
            Set<String> words = CodeWords.of(text);
            for (Map.Entry<String, Set<String>> other : declared.entrySet()) {
                if (!other.getKey().equals(source) && other.getValue().stream().anyMatch(words::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every part of the binary names' simple names: {@code asyncbasics.Run$Helper$1} gives Run and Helper. */
    private static Set<String> simpleNames(List<String> classNames) {
        Set<String> names = new HashSet<>();
        for (String className : classNames) {
            String simple = className.substring(className.lastIndexOf('.') + 1);
            for (String part : simple.split("\\$")) {
                String name = part.replaceFirst("^\\d+", "");
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private String read(String source) {
        try {
            return new String(Files.readAllBytes(sourceRoot.resolve(source)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The classes of one pass over several files.
     *
     * @param output where the pass wrote its class files
     * @param classNamesBySource the binary name of every class compiled, by its source file ({@code asyncbasics/Run.java})
     */
    record CompiledTogether(Path output, Map<String, List<String>> classNamesBySource) {

        CompiledTogether {
            Map<String, List<String>> copy = new HashMap<>();
            classNamesBySource.forEach((source, names) -> copy.put(source, List.copyOf(names)));
            classNamesBySource = Map.copyOf(copy);
        }

        /** Whether the pass compiled {@code sourceFile}. */
        boolean compiled(String sourceFile) {
            return classNamesBySource.containsKey(sourceFile);
        }

        /** The classes of {@code sourceFile}, copied into {@code into} (emptied first), as a task's compilation. */
        Compilation copyOf(String sourceFile, Path into) {
            TaskCompiler.clean(into);
            try {
                for (String className : classNamesBySource.getOrDefault(sourceFile, List.of())) {
                    String file = className.replace('.', '/') + ".class";
                    Path target = into.resolve(file);
                    Files.createDirectories(target.getParent());
                    Files.copy(output.resolve(file), target);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Compilation(into, TaskCompiler.classNames(into), List.of(), false);
        }
    }
}
