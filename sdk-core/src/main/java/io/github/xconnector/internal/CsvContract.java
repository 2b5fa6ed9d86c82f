package io.github.xconnector.internal;

import feign.CollectionFormat;
import feign.DefaultContract;
import feign.MethodMetadata;
import java.lang.reflect.Method;

/** Reads the generated interfaces like Feign's default contract, but sends collections as one comma-joined value. */
public final class CsvContract extends DefaultContract {

  @Override
  protected MethodMetadata parseAndValidateMetadata(Class<?> targetType, Method method) {
    MethodMetadata metadata = super.parseAndValidateMetadata(targetType, method);
    // X wants ids=1,2,3 and user.fields=a,b; Feign's default repeats the parameter.
    metadata.template().collectionFormat(CollectionFormat.CSV);
    return metadata;
  }
}
