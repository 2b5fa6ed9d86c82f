package io.github.xconnector.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.github.xconnector.generated.model.AltText;
import io.github.xconnector.generated.model.GeoRestrictions;
import io.github.xconnector.generated.model.MediaMetadataRequest;
import io.github.xconnector.generated.model.MediaMetadataRequestMetadata;
import io.github.xconnector.generated.operations.OperationTable;
import io.github.xconnector.internal.JsonMappers;
import io.github.xconnector.internal.Operation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the SDK sends holds only declared members, also where a request model keeps unknown members of responses. */
class RequestMembersTest {

  private static final String MODEL_PACKAGE = "io.github.xconnector.generated.model";

  private final ObjectMapper mapper = JsonMappers.create();

  @Test
  void encode_everyRequestModelFilled_writesOnlyDeclaredMembers() throws Exception {
    Set<Class<?>> requests = new LinkedHashSet<>();
    for (Operation operation : OperationTable.all().values()) {
      if (isModel(operation.requestType())) {
        requests.add(operation.requestType());
      }
    }
    assertThat(requests).as("request models of the operation table").isNotEmpty();

    List<String> extra = new ArrayList<>();
    int[] objects = {0};
    for (Class<?> type : requests) {
      Object request = filled(type, new ArrayDeque<>());
      JsonNode written = mapper.valueToTree(request);
      checkDeclared(type, written, type.getSimpleName(), extra, objects);
    }

    assertThat(extra)
        .withFailMessage(() -> extra.size() + " undeclared members in " + objects[0] + " objects of "
            + requests.size() + " request models:\n  " + String.join("\n  ", extra))
        .isEmpty();
    assertThat(objects[0]).isGreaterThan(requests.size());
  }

  @Test
  void encode_sharedModelsWithEmptyAdditionalProperties_writeNothingMore() throws Exception {
    AltText altText = new AltText().text("A cat").putAdditionalProperty("gone", 1);
    altText.getAdditionalProperties().clear();
    GeoRestrictions geo = new GeoRestrictions().whitelistedCountryCodes(List.of("US"))
        .blacklistedCountryCodes(List.of());
    MediaMetadataRequest request = new MediaMetadataRequest().id("1146654567674912769")
        .metadata(new MediaMetadataRequestMetadata().altText(altText).geoRestrictions(geo));

    assertThat(mapper.writeValueAsString(request)).isEqualTo("{\"id\":\"1146654567674912769\",\"metadata\":{"
        + "\"alt_text\":{\"text\":\"A cat\"},"
        + "\"geo_restrictions\":{\"blacklisted_country_codes\":[],\"whitelisted_country_codes\":[\"US\"]}}}");
  }

  /** An instance whose model-valued properties all hold instances, and lists of models one element. */
  private Object filled(Class<?> type, Deque<Class<?>> path) throws Exception {
    Object instance = type.getConstructor().newInstance();
    path.push(type);
    for (BeanPropertyDefinition property : properties(type, false)) {
      JavaType javaType = property.getPrimaryType();
      Class<?> model = modelOf(javaType);
      AnnotatedMember mutator = property.getMutator();
      if (model == null || path.contains(model) || mutator == null || javaType.isMapLikeType()) {
        continue;
      }
      Object child = filled(model, path);
      if (javaType.isCollectionLikeType()) {
        List<Object> list = new ArrayList<>();
        list.add(child);
        child = list;
      }
      mutator.setValue(instance, child);
    }
    path.pop();
    return instance;
  }

  private void checkDeclared(Class<?> type, JsonNode node, String at, List<String> extra, int[] objects) {
    objects[0]++;
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      BeanPropertyDefinition property = properties(type, true).stream()
          .filter(p -> p.getName().equals(name)).findFirst().orElse(null);
      if (property == null) {
        extra.add(at + "." + name);
        continue;
      }
      Class<?> model = modelOf(property.getPrimaryType());
      JsonNode child = node.get(name);
      if (model == null) {
        continue;
      }
      if (child.isArray()) {
        for (int i = 0; i < child.size(); i++) {
          checkDeclared(model, child.get(i), at + "." + name + "[" + i + "]", extra, objects);
        }
      } else if (child.isObject()) {
        checkDeclared(model, child, at + "." + name, extra, objects);
      }
    }
  }

  private List<BeanPropertyDefinition> properties(Class<?> type, boolean serialization) {
    JavaType javaType = mapper.constructType(type);
    List<BeanPropertyDefinition> properties = new ArrayList<>();
    List<BeanPropertyDefinition> found = serialization
        ? mapper.getSerializationConfig().introspect(javaType).findProperties()
        : mapper.getDeserializationConfig().introspect(javaType).findProperties();
    for (BeanPropertyDefinition property : found) {
      if (!property.getName().equals("additionalProperties")) {
        properties.add(property);
      }
    }
    return properties;
  }

  private static Class<?> modelOf(JavaType type) {
    JavaType target = type.isContainerType() ? type.getContentType() : type;
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
