package io.github.xconnector.spectools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.config.GlobalSettings;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The generator configuration of one execution of sdk-core/pom.xml's openapi-generator-maven-plugin, read from the
 * pom itself so that a test regenerating the client cannot drift from the build: an element this class does not know
 * how to translate fails the test.
 */
final class GeneratorSettings {

    private static final String PLUGIN = "openapi-generator-maven-plugin";

    /** The one Maven property the settings may use: the directory of the pom. */
    private static final String BASEDIR = "${project.basedir}";

    /** Elements that say where to read and write, replaced by the caller's paths. */
    private static final Set<String> REPLACED = Set.of("inputSpec", "output");

    /** Elements set on the configurator by {@link #apply}. */
    private static final Set<String> SET_ON_CONFIGURATOR = Set.of("generatorName", "library", "apiPackage",
            "modelPackage", "invokerPackage", "apiNameSuffix", "templateDirectory", "quiet", "skipValidateSpec");

    /**
     * Elements naming a file or directory; relative ones are resolved against the pom's directory, as Maven resolves
     * {@code templateDirectory} (the plugin hands {@code configurationFile} on as it is written).
     */
    private static final Set<String> PATHS = Set.of("templateDirectory", "configurationFile");

    /**
     * The plugin's switches passed on as global properties with their value, and the plugin's default of each:
     * tests and documentation on, no recursive models.
     */
    private static final Map<String, Switch> SWITCHES = Map.of(
            "generateApiTests", new Switch(CodegenConstants.API_TESTS, "true"),
            "generateModelTests", new Switch(CodegenConstants.MODEL_TESTS, "true"),
            "generateApiDocumentation", new Switch(CodegenConstants.API_DOCS, "true"),
            "generateModelDocumentation", new Switch(CodegenConstants.MODEL_DOCS, "true"),
            "generateRecursiveDependentModels",
            new Switch(CodegenConstants.GENERATE_RECURSIVE_DEPENDENT_MODELS, "false"));

    /**
     * The plugin's switches of whole kinds of output, each on by default: when on, the plugin sets the kind's global
     * property to the element listing what to generate (empty for all); when off, it clears the property.
     */
    private static final Map<String, Kind> KINDS = Map.of(
            "generateApis", new Kind(CodegenConstants.APIS, "apisToGenerate"),
            "generateModels", new Kind(CodegenConstants.MODELS, "modelsToGenerate"),
            "generateSupportingFiles", new Kind(CodegenConstants.SUPPORTING_FILES, "supportingFilesToGenerate"));

    private record Switch(String globalProperty, String pluginDefault) {
    }

    private record Kind(String globalProperty, String listElement) {
    }

    private final String source;
    private final Path baseDirectory;
    private final Map<String, String> elements;
    private final Map<String, String> configOptions;

    private GeneratorSettings(String source, Path baseDirectory, Map<String, String> elements,
            Map<String, String> configOptions) {
        this.source = source;
        this.baseDirectory = baseDirectory;
        this.elements = elements;
        this.configOptions = configOptions;
    }

    /**
     * Reads the plugin's configuration for one execution from a pom: the plugin-level configuration, then the
     * execution's, which overrides it setting by setting.
     */
    static GeneratorSettings fromPom(Path pom, String executionId) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(pom.toFile());

        Element plugin = null;
        for (Element candidate : elements(document.getElementsByTagName("plugin"))) {
            if (PLUGIN.equals(childText(candidate, "artifactId"))) {
                plugin = candidate;
            }
        }
        if (plugin == null) {
            throw new IllegalStateException(pom + " has no " + PLUGIN);
        }
        List<Element> executions = child(plugin, "executions").map(GeneratorSettings::children).orElse(List.of());
        Element execution = executions.stream()
                .filter(candidate -> executionId.equals(childText(candidate, "id")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(pom + " runs " + PLUGIN + " in no execution "
                        + executionId + "; its executions: " + executions.stream()
                                .map(candidate -> childText(candidate, "id")).collect(Collectors.joining(", "))));

        Map<String, String> elements = new LinkedHashMap<>();
        Map<String, String> configOptions = new LinkedHashMap<>();
        for (Element owner : List.of(plugin, execution)) {
            Element configuration = child(owner, "configuration").orElse(null);
            if (configuration == null) {
                continue;
            }
            for (Element setting : children(configuration)) {
                if (setting.getTagName().equals("configOptions")) {
                    children(setting).forEach(option -> configOptions.put(option.getTagName(), text(option)));
                } else {
                    elements.put(setting.getTagName(), text(setting));
                }
            }
        }
        return new GeneratorSettings(pom.getFileName() + " (execution " + executionId + ")",
                pom.toAbsolutePath().getParent(), elements, configOptions);
    }

    /**
     * Generates as the build's execution does, reading {@code spec} and writing into {@code output}. The generator
     * keeps which kinds of files to write in thread-wide global properties, as the plugin does; they are cleared
     * before and after so that one execution's settings do not leak into the next.
     */
    void generate(Path spec, Path output) {
        GlobalSettings.reset();
        try {
            new DefaultGenerator().opts(configurator(spec, output).toClientOptInput()).generate();
        } finally {
            GlobalSettings.reset();
        }
    }

    /**
     * A configurator with the pom's settings, reading {@code spec} and writing into {@code output}. It expects no
     * global properties left from an earlier generation: a kind of output switched off is left out, not cleared.
     */
    CodegenConfigurator configurator(Path spec, Path output) {
        elements.keySet().forEach(this::requireTranslated);

        String configurationFile = elements.get("configurationFile");
        CodegenConfigurator configurator;
        if (configurationFile == null) {
            configurator = new CodegenConfigurator();
        } else {
            Path file = path("configurationFile", configurationFile);
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("<configurationFile> of " + source + " names " + file
                        + ", which does not exist");
            }
            configurator = CodegenConfigurator.fromFile(file.toString());
        }
        configurator.setInputSpec(spec.toString()).setOutputDir(output.toString());

        elements.forEach((name, value) -> apply(configurator, name, value));
        pluginGlobalProperties().forEach(configurator::addGlobalProperty);
        configOptions.forEach((name, value) -> configurator.addAdditionalProperty(name, resolved(name, value)));
        return configurator;
    }

    /** The configOption of the given name, or null. */
    String configOption(String name) {
        return configOptions.get(name);
    }

    /** The package the generated operation interfaces (or, with custom templates, classes) are written to. */
    String apiPackage() {
        return elements.get("apiPackage");
    }

    /** The root of the generated Java sources below an output directory. */
    Path sources(Path output) {
        String sourceFolder = configOption(CodegenConstants.SOURCE_FOLDER);
        return output.resolve(sourceFolder == null ? "src/main/java" : sourceFolder);
    }

    /** The global properties the plugin sets from its switches, with the plugin's defaults. */
    private Map<String, String> pluginGlobalProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        KINDS.forEach((name, kind) -> {
            if (Boolean.parseBoolean(resolved(name, elements.getOrDefault(name, "true")))) {
                properties.put(kind.globalProperty(),
                        resolved(kind.listElement(), elements.getOrDefault(kind.listElement(), "")));
            }
        });
        SWITCHES.forEach((name, option) -> properties.put(option.globalProperty(),
                resolved(name, elements.getOrDefault(name, option.pluginDefault()))));
        return properties;
    }

    /** Fails naming an element that this class does not translate. */
    private void requireTranslated(String name) {
        boolean translated = SET_ON_CONFIGURATOR.contains(name) || REPLACED.contains(name)
                || name.equals("configurationFile") || KINDS.containsKey(name) || SWITCHES.containsKey(name)
                || KINDS.values().stream().anyMatch(kind -> kind.listElement().equals(name));
        if (!translated) {
            throw new IllegalStateException(source + " configures the generator with <" + name
                    + ">, which GeneratorSettings does not translate yet: add it there so the "
                    + "regeneration tests keep generating what the build generates");
        }
    }

    /** Sets one of {@link #SET_ON_CONFIGURATOR} on the configurator; the other elements are used elsewhere. */
    private void apply(CodegenConfigurator configurator, String name, String value) {
        switch (name) {
            case "generatorName" -> configurator.setGeneratorName(resolved(name, value));
            case "library" -> configurator.setLibrary(resolved(name, value));
            case "apiPackage" -> configurator.setApiPackage(resolved(name, value));
            case "modelPackage" -> configurator.setModelPackage(resolved(name, value));
            case "invokerPackage" -> configurator.setInvokerPackage(resolved(name, value));
            case "apiNameSuffix" -> configurator.setApiNameSuffix(resolved(name, value));
            case "templateDirectory" -> configurator.setTemplateDir(path(name, value).toString());
            case "quiet" -> configurator.setQuiet(Boolean.parseBoolean(resolved(name, value)));
            case "skipValidateSpec" -> configurator.setValidateSpec(!Boolean.parseBoolean(resolved(name, value)));
            default -> {
                // Replaced by the caller's paths, read by configurator() or made global by pluginGlobalProperties().
            }
        }
    }

    /** A file or directory setting, with {@code ${project.basedir}} or a relative path taken from the pom's folder. */
    private Path path(String name, String value) {
        String text = value.startsWith(BASEDIR) ? "." + value.substring(BASEDIR.length()) : value;
        return baseDirectory.resolve(resolved(name, text)).normalize();
    }

    private String resolved(String name, String value) {
        if (value.contains("${")) {
            throw new IllegalStateException("<" + name + "> in " + source + " uses a Maven property (" + value
                    + "), which GeneratorSettings does not resolve" + (PATHS.contains(name) ? " but at its start"
                            + " (" + BASEDIR + ")" : ""));
        }
        return value;
    }

    private static Optional<Element> child(Element parent, String name) {
        return children(parent).stream().filter(c -> c.getTagName().equals(name)).findFirst();
    }

    private static String childText(Element parent, String name) {
        return child(parent, name).map(GeneratorSettings::text).orElse(null);
    }

    private static String text(Element element) {
        return element.getTextContent().trim();
    }

    private static List<Element> children(Element parent) {
        return elements(parent.getChildNodes());
    }

    private static List<Element> elements(NodeList nodes) {
        return IntStream.range(0, nodes.getLength())
                .mapToObj(nodes::item)
                .filter(node -> node.getNodeType() == Node.ELEMENT_NODE)
                .map(Element.class::cast)
                .toList();
    }
}
