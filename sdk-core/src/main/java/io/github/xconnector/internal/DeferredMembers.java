package io.github.xconnector.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the reader of a nested model only when an answer holds one. Jackson otherwise builds, for the first answer
 * of a type, the readers of every model that type can reach: for {@code GET /2/users/me}, whose {@code includes} may
 * hold posts, that is most of the generated models, about 200 ms of reflection before the first call returns
 * (docs/PERFORMANCE.md). A member whose type is a model, or a list or map of models, now finds its reader the first
 * time a value arrives for it, exactly as Jackson would have found it, and keeps it.
 */
final class DeferredMembers {


  private DeferredMembers() {
  }

  static SimpleModule module() {
    SimpleModule module = new SimpleModule("x-deferred-members");
    module.setDeserializerModifier(new BeanDeserializerModifier() {
      @Override
      public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
          BeanDeserializerBuilder builder) {
        if (!GeneratedModels.is(description.getBeanClass())) {
          return builder;
        }
        List<SettableBeanProperty> deferred = new ArrayList<>();
        builder.getProperties().forEachRemaining(property -> {
          if (!property.hasValueDeserializer() && property.getValueTypeDeserializer() == null
              && reachesModel(property.getType())) {
            deferred.add(property.withValueDeserializer(new Deferred(property.getType(), null)));
          }
        });
        deferred.forEach(property -> builder.addOrReplaceProperty(property, true));
        return builder;
      }
    });
    return module;
  }

  private static boolean reachesModel(JavaType type) {
    if (GeneratedModels.is(type.getRawClass()) && !type.isEnumType()) {
      return true;
    }
    return type.getContentType() != null && reachesModel(type.getContentType());
  }

  /** A member's reader, found on its first value. Thread-safe: racing threads find the same reader. */
  private static final class Deferred extends JsonDeserializer<Object> implements ContextualDeserializer {
    private final JavaType type;
    private final BeanProperty property;
    private volatile JsonDeserializer<Object> found;

    Deferred(JavaType type, BeanProperty property) {
      this.type = type;
      this.property = property;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
      return property == this.property ? this : new Deferred(type, property);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return reader(context).deserialize(parser, context);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context, Object intoValue)
        throws IOException {
      return reader(context).deserialize(parser, context, intoValue);
    }

    @Override
    public Object deserializeWithType(JsonParser parser, DeserializationContext context,
        TypeDeserializer typeDeserializer) throws IOException {
      return reader(context).deserializeWithType(parser, context, typeDeserializer);
    }

    private JsonDeserializer<Object> reader(DeserializationContext context) throws IOException {
      JsonDeserializer<Object> reader = found;
      if (reader == null) {
        reader = context.findContextualValueDeserializer(type, property);
        found = reader;
      }
      return reader;
    }
  }
}
