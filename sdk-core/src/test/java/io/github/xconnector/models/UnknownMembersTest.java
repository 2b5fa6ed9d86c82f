package io.github.xconnector.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.xconnector.generated.operations.OperationTable;
import io.github.xconnector.internal.JsonMappers;
import io.github.xconnector.internal.Operation;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every object X sends keeps the members the SDK does not declare, at every depth: each model reachable from an
 * operation's response receives an unexpected member and must hand it back from {@code getAdditionalProperties()}.
 */
class UnknownMembersTest {

  private static final String MODEL_PACKAGE = "io.github.xconnector.generated.model";
  private static final String UNEXPECTED = "x_new_member_";

  private final ObjectMapper mapper = JsonMappers.create();
  private final JsonNodeFactory nodes = JsonNodeFactory.instance;

  @Test
  void decode_unexpectedMemberInEveryObject_keepsItAsAdditionalProperty() throws Exception {
    Set<Class<?>> roots = new LinkedHashSet<>();
    for (Operation operation : OperationTable.all().values()) {
      if (isModel(operation.responseType())) {
        roots.add(operation.responseType());
      }
    }
    Set<Class<?>> reachable = reachableModels(roots);
    assertThat(roots).as("response models of the operation table").isNotEmpty();

    Set<Class<?>> walked = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
    List<String> failures = new ArrayList<>();
    int[] objects = {0};
    for (Class<?> root : roots) {
      ObjectNode document = document(root, 0, new ArrayDeque<>());
      Object decoded = mapper.treeToValue(document, root);
      check(decoded, document, root.getSimpleName(), walked, objects, failures);
    }

    Set<Class<?>> notWalked = new LinkedHashSet<>(reachable);
    notWalked.removeAll(walked);
    assertThat(notWalked)
        .withFailMessage(() -> "models reachable from responses but never decoded: " + notWalked)
        .isEmpty();
    Set<String> lacking = new TreeSet<>();
    failures.forEach(f -> lacking.add(f.substring(0, f.indexOf(':'))));
    assertThat(failures)
        .withFailMessage(() -> failures.size() + " of " + objects[0] + " objects (" + lacking.size() + " of "
            + walked.size() + " model classes: " + lacking + ") lost an unexpected member:\n  "
            + String.join("\n  ", failures))
        .isEmpty();
    assertThat(walked)
        .as("%d model classes, %d objects checked", walked.size(), objects[0])
        .hasSameElementsAs(reachable);
  }

  /** Every model class reachable from the given ones through bean, list element and map value types. */
  private Set<Class<?>> reachableModels(Set<Class<?>> roots) {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(roots);
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (!seen.add(type)) {
        continue;
      }
      for (BeanPropertyDefinition property : properties(type)) {
        Class<?> model = modelOf(property.getPrimaryType());
        if (model != null) {
          todo.push(model);
        }
      }
    }
    return seen;
  }

  /**
   * A document for {@code type}: every model-valued property holds an object, every list or map of models holds one
   * element, and every object carries {@code "x_new_member_<depth>": {"k": [1, "two"]}}. A class already being filled
   * further up is not filled again, so recursive models end.
   */
  private ObjectNode document(Class<?> type, int depth, Deque<Class<?>> path) {
    ObjectNode object = nodes.objectNode();
    path.push(type);
    for (BeanPropertyDefinition property : properties(type)) {
      JavaType javaType = property.getPrimaryType();
      Class<?> model = modelOf(javaType);
      if (model == null || path.contains(model)) {
        continue;
      }
      ObjectNode child = document(model, depth + 1, path);
      if (javaType.isCollectionLikeType() || javaType.isArrayType()) {
        object.set(property.getName(), nodes.arrayNode().add(child));
      } else if (javaType.isMapLikeType()) {
        object.set(property.getName(), nodes.objectNode().set("key", child));
      } else {
        object.set(property.getName(), child);
      }
    }
    path.pop();
    object.set(UNEXPECTED + depth, unexpectedValue());
    return object;
  }

  private ObjectNode unexpectedValue() {
    ObjectNode value = nodes.objectNode();
    ArrayNode list = value.putArray("k");
    list.add(1).add("two");
    return value;
  }

  /** Walks the decoded object beside the document it came from and checks every object's unexpected member. */
  private void check(Object decoded, JsonNode node, String at, Set<Class<?>> walked, int[] objects,
      List<String> failures) throws Exception {
    if (decoded == null) {
      failures.add(at + ": decoded to null");
      return;
    }
    Class<?> type = decoded.getClass();
    walked.add(type);
    objects[0]++;
    String member = unexpectedMember(node);
    Object expected = mapper.treeToValue(node.get(member), Object.class);
    Map<?, ?> additional = additionalProperties(decoded);
    if (additional == null || !additional.containsKey(member)) {
      failures.add(type.getSimpleName() + ": " + at + " dropped " + member
          + (additional == null ? " (no additional properties)" : ""));
    } else if (!Objects.equals(expected, additional.get(member))) {
      failures.add(type.getSimpleName() + ": " + at + " changed " + member + " to " + additional.get(member));
    }
    for (BeanPropertyDefinition property : properties(type)) {
      JsonNode child = node.get(property.getName());
      if (child == null || modelOf(property.getPrimaryType()) == null) {
        continue;
      }
      AnnotatedMember accessor = property.getAccessor();
      Object value = accessor == null ? null : accessor.getValue(decoded);
      String childAt = at + "." + property.getName();
      if (child.isArray()) {
        List<?> list = (List<?>) value;
        if (list == null || list.size() != child.size()) {
          failures.add(type.getSimpleName() + ": " + childAt + " decoded to " + list);
          continue;
        }
        for (int i = 0; i < child.size(); i++) {
          check(list.get(i), child.get(i), childAt + "[" + i + "]", walked, objects, failures);
        }
      } else if (property.getPrimaryType().isMapLikeType()) {
        Map<?, ?> map = (Map<?, ?>) value;
        for (Map.Entry<String, JsonNode> entry : child.properties()) {
          check(map == null ? null : map.get(entry.getKey()), entry.getValue(),
              childAt + "." + entry.getKey(), walked, objects, failures);
        }
      } else {
        check(value, child, childAt, walked, objects, failures);
      }
    }
  }

  private static String unexpectedMember(JsonNode node) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (name.startsWith(UNEXPECTED)) {
        return name;
      }
    }
    throw new IllegalStateException("no unexpected member in " + node);
  }

  private static Map<?, ?> additionalProperties(Object model) throws Exception {
    Method getter;
    try {
      getter = model.getClass().getMethod("getAdditionalProperties");
    } catch (NoSuchMethodException e) {
      return null;
    }
    return (Map<?, ?>) getter.invoke(model);
  }

  private List<BeanPropertyDefinition> properties(Class<?> type) {
    JavaType javaType = mapper.constructType(type);
    BeanDescription description = mapper.getSerializationConfig().introspect(javaType);
    List<BeanPropertyDefinition> properties = new ArrayList<>();
    Map<String, BeanPropertyDefinition> byName = new LinkedHashMap<>();
    for (BeanPropertyDefinition property : description.findProperties()) {
      if (!property.getName().equals("additionalProperties")) {
        byName.putIfAbsent(property.getName(), property);
      }
    }
    properties.addAll(byName.values());
    return properties;
  }

  /** The model class a property holds directly, as list elements or as map values; null for anything else. */
  private static Class<?> modelOf(JavaType type) {
    JavaType target = type;
    if (type.isCollectionLikeType() || type.isArrayType() || type.isMapLikeType()) {
      target = type.getContentType();
    }
    if (target == null || target.isContainerType()) {
      return null;
    }
    Class<?> raw = target.getRawClass();
    return isModel(raw) ? raw : null;
  }

  private static boolean isModel(Class<?> type) {
    return type != null && !type.isEnum() && type.getPackage() != null
        && type.getPackage().getName().equals(MODEL_PACKAGE);
  }
}
