package io.github.xconnector.sandbox;

import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs an {@link XSandbox} around JUnit 5 tests and injects it into test and lifecycle method parameters.
 *
 * <pre>{@code
 * @ExtendWith(XSandboxExtension.class)
 * class MyClientTest {
 *   @Test
 *   void postsAppear(XSandbox sandbox) { ... }
 * }
 *
 * class ConfiguredTest {
 *   @RegisterExtension
 *   static XSandboxExtension sandbox = XSandboxExtension.using(XSandbox.builder().rateLimit("getMe", 2));
 * }
 * }</pre>
 *
 * <p>Registered on a class (or in a static field), one sandbox serves all tests of the class and stops after them;
 * registered in an instance field, each test gets a fresh sandbox. JUnit is not a dependency of the sandbox jar: the
 * tests that use this class bring it.
 */
public final class XSandboxExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
    AfterEachCallback, ParameterResolver {

  private final XSandbox.Builder builder;
  private volatile XSandbox sandbox;
  private volatile boolean startedForClass;
  /** How many test classes (an outer class and its @Nested classes) share the class-wide sandbox. */
  private int classDepth;

  /** Creates an extension that starts sandboxes with the default configuration. */
  public XSandboxExtension() {
    this(XSandbox.builder());
  }

  private XSandboxExtension(XSandbox.Builder builder) {
    this.builder = builder;
  }

  /** Creates an extension that starts sandboxes from the given builder. */
  public static XSandboxExtension using(XSandbox.Builder builder) {
    return new XSandboxExtension(Objects.requireNonNull(builder, "builder"));
  }

  /**
   * Returns the running sandbox.
   *
   * @throws IllegalStateException outside a test
   */
  public XSandbox sandbox() {
    XSandbox current = sandbox;
    if (current == null) {
      throw new IllegalStateException("The X sandbox runs only while tests run");
    }
    return current;
  }

  /** Starts the class's sandbox; @Nested classes share their outer class's one. */
  @Override
  public synchronized void beforeAll(ExtensionContext context) {
    if (classDepth++ == 0) {
      sandbox = builder.start();
      startedForClass = true;
    }
  }

  /** Stops the class's sandbox once the outermost class is done. */
  @Override
  public synchronized void afterAll(ExtensionContext context) {
    if (--classDepth == 0) {
      stop();
    }
  }

  /** Starts a sandbox for the test unless the class already has one. */
  @Override
  public void beforeEach(ExtensionContext context) {
    if (sandbox == null) {
      sandbox = builder.start();
      startedForClass = false;
    }
  }

  /** Stops the test's own sandbox; a class-wide one keeps running. */
  @Override
  public void afterEach(ExtensionContext context) {
    if (!startedForClass) {
      stop();
    }
  }

  /** Supports parameters of type {@link XSandbox}. */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == XSandbox.class;
  }

  /** Supplies the running sandbox, starting it first when a {@code @BeforeAll} method asks early. */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (sandbox == null) {
      beforeEach(context);
    }
    return sandbox();
  }

  private void stop() {
    XSandbox current = sandbox;
    sandbox = null;
    if (current != null) {
      current.close();
    }
  }
}
