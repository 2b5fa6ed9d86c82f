package io.github.xconnector.internal;

/** Tells the models generated from the spec from every other class. */
final class GeneratedModels {

  private static final String PACKAGE = "io.github.xconnector.generated.model.";

  private GeneratedModels() {
  }

  /**
   * @param type a class, or {@code null}
   * @return whether it is a model generated from the spec
   */
  static boolean is(Class<?> type) {
    return type != null && type.getName().startsWith(PACKAGE);
  }
}
