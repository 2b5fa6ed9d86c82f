package io.github.xconnector.sandbox;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * The HTTP side of the sandbox: Jetty 12's core server (no servlets) bound to 127.0.0.1, adapting each request to a
 * {@link SandboxRequest} and writing back the {@link SandboxResponse}.
 *
 * <p>All threads are daemons, so a sandbox a test forgets to close cannot keep the JVM alive.
 */
final class SandboxServer {

  private static final String HOST = "127.0.0.1";

  private final Server server;
  private final ServerConnector connector;
  private volatile Function<SandboxRequest, SandboxResponse> pipeline;

  SandboxServer(int port) {
    QueuedThreadPool threads = new QueuedThreadPool(32, 2);
    threads.setName("x-sandbox");
    threads.setDaemon(true);
    server = new Server(threads);
    ScheduledExecutorScheduler scheduler = new ScheduledExecutorScheduler("x-sandbox-scheduler", true);
    server.addBean(scheduler);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    connector = new ServerConnector(server, threads, scheduler, null, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(HOST);
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(new Adapter());
  }

  /** Starts listening and returns the bound port (the chosen one when the port was 0). */
  int start(Function<SandboxRequest, SandboxResponse> requestPipeline) throws Exception {
    this.pipeline = requestPipeline;
    server.start();
    return connector.getLocalPort();
  }

  void stop() throws Exception {
    server.stop();
  }

  void join() throws InterruptedException {
    server.join();
  }

  static String host() {
    return HOST;
  }

  /** Adapts Jetty's request and response to the sandbox's own types. */
  private final class Adapter extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      SandboxRequest sandboxRequest = new SandboxRequest(request.getMethod(), request.getHttpURI().getPath(),
          request.getHttpURI().getQuery(), name -> request.getHeaders().get(name), Request.asInputStream(request),
          Request.getRemoteAddr(request));
      SandboxResponse answer = pipeline.apply(sandboxRequest);
      if (answer.dropsConnection()) {
        request.getConnectionMetaData().getConnection().getEndPoint().close();
        callback.failed(new EofException("Connection dropped by the sandbox's fault injector"));
        return true;
      }
      response.setStatus(answer.status());
      for (Map.Entry<String, String> header : answer.headers().entrySet()) {
        response.getHeaders().put(header.getKey(), header.getValue());
      }
      if (answer.streamedBody() != null) {
        new StreamedResponse(request, response, callback).write(answer.streamedBody());
        return true;
      }
      response.write(true, ByteBuffer.wrap(answer.body()), callback);
      return true;
    }
  }
}
