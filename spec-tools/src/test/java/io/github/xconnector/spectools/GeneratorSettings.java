package io.github.xconnector.spectools;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The generator configuration of sdk-core/pom.xml, read from the pom itself so that a test regenerating the client
 * cannot drift from the build: an element this class does not know how to translate fails the test.
 */
final class GeneratorSettings {

    private static final String PLUGIN = "openapi-generator-maven-plugin";

    /** Elements that say where to read and write, replaced by the caller's paths. */
    private static final Set<String> REPLACED = Set.of("inputSpec", "output");

    /** The plugin's generateX switches and the global properties the plugin sets for them. */
    private static final Map<String, String> SWITCHES = Map.of(
            "generateApiTests", CodegenConstants.API_TESTS,
            "generateModelTests", CodegenConstants.MODEL_TESTS,
            "generateApiDocumentation", CodegenConstants.API_DOCS,
            "generateModelDocumentation", CodegenConstants.MODEL_DOCS);

    private final Map<String, String> elements;
    private final Map<String, String> configOptions;

    private GeneratorSettings(Map<String, String> elements, Map<String, String> configOptions) {
        this.elements = elements;
        this.configOptions = configOptions;
    }

    /** Reads the plugin's configuration (plugin level, then its one execution) from a pom. */
    static GeneratorSettings fromPom(Path pom) throws Exception {
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
        if (plugin.getElementsByTagName("execution").getLength() > 1) {
            throw new IllegalStateException(pom + " runs " + PLUGIN + " more than once; GeneratorSettings reads one");
        }
        Map<String, String> elements = new LinkedHashMap<>();
        Map<String, String> configOptions = new LinkedHashMap<>();
        for (Element configuration : elements(plugin.getElementsByTagName("configuration"))) {
            for (Element setting : children(configuration)) {
                if (setting.getTagName().equals("configOptions")) {
                    children(setting).forEach(option -> configOptions.put(option.getTagName(), text(option)));
                } else {
                    elements.put(setting.getTagName(), text(setting));
                }
            }
        }
        return new GeneratorSettings(elements, configOptions);
    }

    /** A configurator with the pom's settings, reading {@code spec} and writing into {@code output}. */
    CodegenConfigurator configurator(Path spec, Path output) {
        CodegenConfigurator configurator = new CodegenConfigurator()
                .setInputSpec(spec.toString())
                .setOutputDir(output.toString());
        // The plugin's defaults: APIs and models in full (supporting files only as listed), no recursive models.
        configurator.addGlobalProperty(CodegenConstants.APIS, "");
        configurator.addGlobalProperty(CodegenConstants.MODELS, "");
        configurator.addGlobalProperty(CodegenConstants.GENERATE_RECURSIVE_DEPENDENT_MODELS, "false");
        elements.forEach((name, value) -> apply(configurator, name, value));
        configOptions.forEach((name, value) -> configurator.addAdditionalProperty(name, resolved(name, value)));
        return configurator;
    }

    /** The configOption of the given name, or null. */
    String configOption(String name) {
        return configOptions.get(name);
    }

    /** The package the generated operation interfaces are written to. */
    String apiPackage() {
        return elements.get("apiPackage");
    }

    private static void apply(CodegenConfigurator configurator, String name, String value) {
        if (REPLACED.contains(name)) {
            return;
        }
        String resolved = resolved(name, value);
        switch (name) {
            case "generatorName" -> configurator.setGeneratorName(resolved);
            case "library" -> configurator.setLibrary(resolved);
            case "apiPackage" -> configurator.setApiPackage(resolved);
            case "modelPackage" -> configurator.setModelPackage(resolved);
            case "invokerPackage" -> configurator.setInvokerPackage(resolved);
            case "supportingFilesToGenerate" -> configurator.addGlobalProperty(CodegenConstants.SUPPORTING_FILES, resolved);
            case "quiet" -> configurator.setQuiet(Boolean.parseBoolean(resolved));
            case "skipValidateSpec" -> configurator.setValidateSpec(!Boolean.parseBoolean(resolved));
            default -> {
                String globalProperty = SWITCHES.get(name);
                if (globalProperty == null) {
                    throw new IllegalStateException("sdk-core/pom.xml configures the generator with <" + name
                            + ">, which GeneratorSettings does not translate yet: add it there so the "
                            + "regeneration test keeps generating what the build generates");
                }
                configurator.addGlobalProperty(globalProperty, resolved);
            }
        }
    }

    private static String resolved(String name, String value) {
        if (value.contains("${")) {
            throw new IllegalStateException("<" + name + "> in sdk-core/pom.xml uses a Maven property (" + value
                    + "), which GeneratorSettings does not resolve");
        }
        return value;
    }

    private static String childText(Element parent, String name) {
        return children(parent).stream().filter(c -> c.getTagName().equals(name)).map(GeneratorSettings::text)
                .findFirst().orElse(null);
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
