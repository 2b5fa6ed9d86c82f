package io.github.xconnector.sandbox;

import java.io.PrintStream;

/**
 * Runs the sandbox as a process: {@code java -cp ... io.github.xconnector.sandbox.XSandboxMain [port]}.
 *
 * <p>The port defaults to 8080; 0 picks a free one. The process serves until it is stopped (Ctrl-C).
 */
public final class XSandboxMain {

  private XSandboxMain() {}

  /**
   * Starts the sandbox on the port given as the only argument and serves until the process ends.
   *
   * @param args an optional port number
   */
  public static void main(String[] args) throws InterruptedException {
    int port = 8080;
    if (args.length > 0) {
      try {
        port = Integer.parseInt(args[0]);
      } catch (NumberFormatException e) {
        System.err.println("Usage: XSandboxMain [port]  (the port must be a number, got " + args[0] + ")");
        System.exit(2);
      }
    }
    XSandbox sandbox = XSandbox.builder().port(port).start();
    Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "x-sandbox-shutdown"));
    describe(sandbox, System.out);
    sandbox.awaitStop();
  }

  static void describe(XSandbox sandbox, PrintStream out) {
    out.println("X sandbox listening on " + sandbox.baseUrl());
    out.println("  OAuth 2.0 authorize: " + sandbox.baseUrl() + "/i/oauth2/authorize (approves as @"
        + sandbox.authorizingUser().username() + ")");
    out.println("  OAuth 2.0 token:     " + sandbox.baseUrl() + "/2/oauth2/token");
    out.println("  public client id:    " + XSandbox.Builder.DEFAULT_PUBLIC_CLIENT_ID);
    out.println("  app-only token:      POST " + sandbox.baseUrl() + "/oauth2/token with the consumer key "
        + XSandbox.Builder.DEFAULT_CONSUMER_KEY);
    out.println("  users:               " + sandbox.users().stream().map(u -> "@" + u.username()).toList());
  }
}
