package io.github.xconnector.spectools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a regenerated client with sdk-core's hand-written classes and loads it apart from the client the build
 * generated.
 *
 * <p>sdk-core's compiled output (a jar or a directory on this test's class path) holds both its hand-written classes
 * and the classes generated from the unchanged spec. The regenerated client is compiled and loaded against a copy
 * holding only the hand-written ones, so that no class generated from the unchanged spec can stand in for a
 * regenerated one, and a class loader that never asks this test's loader for an {@code io.github.xconnector} class:
 * the hand-written {@code Operation} and the regenerated classes that build it come from the same loader. Its facts
 * are read by reflection.
 */
final class RegeneratedClient {

    private static final String PROJECT_PACKAGE = "io.github.xconnector.";
    private static final String GENERATED_FOLDER = "io/github/xconnector/generated/";
    /** A hand-written class of sdk-core, to find its compiled output by. */
    private static final String CORE_CLASS = "io.github.xconnector.internal.Operation";

    private RegeneratedClient() {
    }

    /**
     * Compiles the Java sources below the given roots, with sdk-core's hand-written invoker, into {@code classes}.
     *
     * @return the class path the regenerated classes load with: {@code classes}, then sdk-core's hand-written classes
     */
    static List<Path> compile(Path repository, List<Path> sourceRoots, Path classes) throws IOException {
        Path handWritten = handWrittenCore(classes.resolveSibling(classes.getFileName() + "-sdk-core"));
        List<Path> files = new ArrayList<>();
        for (Path root : sourceRoots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(file -> file.toString().endsWith(".java")).forEach(files::add);
            }
        }
        files.add(repository.resolve("sdk-core/src/main/java/io/github/xconnector/generated/invoker/ApiClient.java"));
        Files.createDirectories(classes);

        Path core = coreOutput();
        String classPath = Stream.concat(Stream.of(handWritten.toString()),
                        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                                .filter(entry -> !entry.isEmpty() && !Path.of(entry).toAbsolutePath().equals(core)))
                .collect(Collectors.joining(File.pathSeparator));

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, null, null)) {
            List<String> options = List.of("--release", "17", "-proc:none", "-nowarn", "-d", classes.toString(),
                    "-classpath", classPath);
            boolean compiled = compiler.getTask(output, fileManager, diagnostics, options, null,
                    fileManager.getJavaFileObjectsFromPaths(files)).call();
            assertThat(compiled)
                    .withFailMessage(() -> "The regenerated client does not compile:\n" + diagnostics.getDiagnostics()
                            .stream().map(Object::toString).collect(Collectors.joining("\n")) + output)
                    .isTrue();
        }
        return List.of(classes, handWritten);
    }

    /**
     * A class loader for a compiled client: {@code io.github.xconnector} classes only from the given class path,
     * everything else (Feign, Jackson, the JDK) from this test's loader.
     */
    static URLClassLoader loader(List<Path> classPath) {
        URL[] urls = classPath.stream().map(RegeneratedClient::url).toArray(URL[]::new);
        ClassLoader withoutProject = new ClassLoader(RegeneratedClient.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith(PROJECT_PACKAGE)) {
                    throw new ClassNotFoundException(name);
                }
                return super.loadClass(name, resolve);
            }
        };
        return new URLClassLoader("regenerated-client", urls, withoutProject);
    }

    /** Copies sdk-core's compiled output, less what was generated from the spec, into {@code target}. */
    private static Path handWrittenCore(Path target) throws IOException {
        Path core = coreOutput();
        if (Files.isDirectory(core)) {
            copyHandWritten(core, target);
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(core)) {
                copyHandWritten(jar.getPath("/"), target);
            }
        }
        return target;
    }

    private static void copyHandWritten(Path root, Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (relative.startsWith(GENERATED_FOLDER)) {
                    continue; // Generated, or (ApiClient) compiled from its source with the regenerated client.
                }
                Path copy = target.resolve(relative);
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
    }

    /** Where sdk-core's compiled classes are on this test's class path: its jar, or its classes directory. */
    private static Path coreOutput() {
        try {
            URL location = Class.forName(CORE_CLASS).getProtectionDomain().getCodeSource().getLocation();
            return Path.of(location.toURI()).toAbsolutePath();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("sdk-core (" + CORE_CLASS + ") is not on the test class path", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
