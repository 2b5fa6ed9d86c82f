package io.github.xconnector.internal;

import java.util.function.Supplier;

/**
 * A value made on first use, once, safely across threads.
 *
 * @param <T> the value's type
 */
public final class Lazy<T> implements Supplier<T> {

  private Supplier<T> factory;
  private volatile T value;

  /**
   * Creates the holder; nothing is made yet.
   *
   * @param factory makes the value; called at most once
   */
  public Lazy(Supplier<T> factory) {
    this.factory = factory;
  }

  @Override
  public T get() {
    T made = value;
    if (made == null) {
      synchronized (this) {
        made = value;
        if (made == null) {
          made = factory.get();
          value = made;
          // The factory holds what the value was made from; let it go.
          factory = null;
        }
      }
    }
    return made;
  }
}
