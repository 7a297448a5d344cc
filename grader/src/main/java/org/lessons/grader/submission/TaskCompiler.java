package org.lessons.grader.submission;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles one task's file (and the learner's helper files it uses) on its own, so that a compile
 * error in one file costs only that task. It compiles from the {@link LessonSources} copy of the lesson's
 * package, never runs annotation processors ({@code -proc:none}), and reports errors at the learner's paths.
 */
final class TaskCompiler {

    private final Path sourceRoot;
    private final List<Path> classpath;
    private final SourceLocator locator;

    /** @param sourceRoot the copy of the lesson's sources to compile (see {@link LessonSources}) */
    TaskCompiler(Path sourceRoot, List<Path> classpath, SourceLocator locator) {
        this.sourceRoot = sourceRoot;
        this.classpath = List.copyOf(classpath);
        this.locator = locator;
    }

    Compilation compile(String sourceFile, Path output) {
        Path source = sourceRoot.resolve(sourceFile);
        if (!Files.isRegularFile(source)) {
            return new Compilation(output, List.of(), List.of(), true);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler in " + System.getProperty("java.home")
                    + "; run the grader on a JDK, not a JRE");
        }
        clean(output);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            StringWriter console = new StringWriter();
            boolean ok = javac.getTask(console, files, diagnostics, options(sourceRoot, classpath, output), null,
                    files.getJavaFileObjects(source)).call();
            List<Compilation.CompileError> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
                if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                    String file = diagnostic.getSource() == null ? sourceFile
                            : sourceRoot.relativize(Path.of(diagnostic.getSource().toUri())).toString();
                    errors.add(new Compilation.CompileError(locator.display(file + ":" + diagnostic.getLineNumber()),
                            diagnostic.getMessage(Locale.ROOT)));
                }
            }
            if (!ok && errors.isEmpty()) {
                errors.add(new Compilation.CompileError(locator.display(sourceFile), console.toString().strip()));
            }
            return new Compilation(output, ok ? classNames(output) : List.of(), errors, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The compiler's options, the same for a task compiled alone and for tasks compiled together. */
    static List<String> options(Path sourceRoot, List<Path> classpath, Path output) {
        return List.of("--release", "17", "-proc:none", "-implicit:class", "-encoding", "UTF-8",
                "-g", "-nowarn", "-d", output.toString(),
                "-sourcepath", sourceRoot.toString(),
                "-classpath", String.join(java.io.File.pathSeparator, classpath.stream().map(Path::toString).toList()));
    }

    /** The binary name of every class file under {@code output}, sorted. */
    static List<String> classNames(Path output) {
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> output.relativize(f).toString().replace(java.io.File.separatorChar, '.'))
                    .map(name -> name.substring(0, name.length() - ".class".length()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties {@code output}, or makes it. */
    static void clean(Path output) {
        try {
            if (Files.exists(output)) {
                try (Stream<Path> files = Files.walk(output)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
