package io.github.xconnector.internal;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.lang.reflect.Method;
import java.time.DateTimeException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One odd member never fails a whole answer: a timestamp or number of a generated model that does not read as its
 * type (X's own documents show timestamps in other forms) is left unset, its raw value is kept in the model's
 * {@code getAdditionalProperties()} under the member's name, and the member is named at DEBUG on the
 * {@code io.github.xconnector.decoding} logger. Every other member decodes as usual.
 */
final class LenientMembers {

  private static final Logger LOG = LoggerFactory.getLogger("io.github.xconnector.decoding");
  private static final Map<Class<?>, Optional<Method>> ANY_SETTERS = new ConcurrentHashMap<>();

  private LenientMembers() {
  }

  static SimpleModule module() {
    SimpleModule module = new SimpleModule("x-lenient-members");
    module.setDeserializerModifier(new BeanDeserializerModifier() {
      @Override
      public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
          BeanDeserializerBuilder builder) {
        if (!GeneratedModels.is(description.getBeanClass())) {
          return builder;
        }
        List<SettableBeanProperty> replaced = new ArrayList<>();
        builder.getProperties().forEachRemaining(property -> {
          Class<?> type = property.getType().getRawClass();
          if (Temporal.class.isAssignableFrom(type) || Number.class.isAssignableFrom(type)) {
            replaced.add(new Lenient(property));
          }
        });
        replaced.forEach(property -> builder.addOrReplaceProperty(property, true));
        return builder;
      }
    });
    return module;
  }

  private static final class Lenient extends SettableBeanProperty.Delegating {
    private static final long serialVersionUID = 1L;

    Lenient(SettableBeanProperty delegate) {
      super(delegate);
    }

    @Override
    protected SettableBeanProperty withDelegate(SettableBeanProperty delegate) {
      return new Lenient(delegate);
    }

    @Override
    public void deserializeAndSet(JsonParser p, DeserializationContext ctxt, Object instance) throws IOException {
      JsonToken token = p.currentToken();
      if (token == null || !token.isScalarValue()) {
        delegate.deserializeAndSet(p, ctxt, instance);
        return;
      }
      try {
        delegate.deserializeAndSet(p, ctxt, instance);
      } catch (IOException | DateTimeException | IllegalArgumentException odd) {
        keepRaw(instance, p.getText(), odd);
      }
    }

    @Override
    public Object deserializeSetAndReturn(JsonParser p, DeserializationContext ctxt, Object instance)
        throws IOException {
      deserializeAndSet(p, ctxt, instance);
      return instance;
    }

    private void keepRaw(Object instance, String raw, Exception odd) {
      String model = instance.getClass().getSimpleName();
      Optional<Method> anySetter = ANY_SETTERS.computeIfAbsent(instance.getClass(), LenientMembers::anySetter);
      if (anySetter.isPresent()) {
        try {
          anySetter.get().invoke(instance, getName(), raw);
        } catch (ReflectiveOperationException e) {
          LOG.debug("Could not keep the raw value of {}.{}", model, getName(), e);
        }
      }
      LOG.debug("{}.{} does not read as {} ({}); left unset{}", model, getName(), getType().getRawClass()
          .getSimpleName(), odd.getClass().getSimpleName(), anySetter.isPresent()
          ? ", its raw value kept in getAdditionalProperties()" : "");
    }
  }

  private static Optional<Method> anySetter(Class<?> type) {
    for (Method method : type.getMethods()) {
      if (method.isAnnotationPresent(JsonAnySetter.class) && method.getParameterCount() == 2) {
        return Optional.of(method);
      }
    }
    return Optional.empty();
  }
}
