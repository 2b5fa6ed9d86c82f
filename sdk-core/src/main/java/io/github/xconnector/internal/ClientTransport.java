package io.github.xconnector.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import io.github.xconnector.errors.XException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A client's HTTP transport and who owns it: the transport a client created for itself is released when that client
 * closes; a caller's transport is never closed by the SDK; a client derived with {@code withOptions} shares its
 * parent's transport and stops when the parent closes. A call on a closed client fails at once, before sending.
 */
public final class ClientTransport implements AutoCloseable {

  private final Client client;
  private final Client streaming;
  private final Runnable release;
  private final ClientTransport owner;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final List<Runnable> closeHooks = new CopyOnWriteArrayList<>();

  private ClientTransport(Client client, Client streaming, Runnable release, ClientTransport owner) {
    this.client = client;
    this.streaming = streaming;
    this.release = release;
    this.owner = owner;
  }

  /**
   * A transport the client owns.
   *
   * @param client the Feign client
   * @param release frees its connections and threads
   * @return the transport
   */
  static ClientTransport owned(Client client, Runnable release) {
    return new ClientTransport(client, client, release, null);
  }

  /**
   * A transport the client owns, with a client of its own for streams.
   *
   * @param client the Feign client
   * @param streaming the Feign client streams are read through, on the same connections
   * @param release frees its connections and threads
   * @return the transport
   */
  static ClientTransport owned(Client client, Client streaming, Runnable release) {
    return new ClientTransport(client, streaming, release, null);
  }

  /**
   * A transport the caller supplied; closing the client leaves it open.
   *
   * @param client the caller's Feign client
   * @return the transport
   */
  public static ClientTransport supplied(Client client) {
    return new ClientTransport(client, client, null, null);
  }

  /** @return the same connections for a derived client, which stops when this one closes and never closes them */
  public ClientTransport share() {
    return new ClientTransport(client, streaming, null, this);
  }

  /**
   * Returns the client calls go through, refusing calls once closed.
   *
   * @param connectionName starts the message of the refusal; may be {@code null}
   * @return the Feign client
   */
  public Client client(String connectionName) {
    return refusingWhenClosed(client, connectionName);
  }

  /**
   * Returns the client streams go through, refusing calls once closed: on the client's own transport, the same
   * connections without the deadline of a whole exchange, with bodies whose {@code close()} cancels the call; on a
   * caller's transport, that transport.
   *
   * @param connectionName starts the message of the refusal; may be {@code null}
   * @return the Feign client
   */
  public Client streamClient(String connectionName) {
    return refusingWhenClosed(streaming, connectionName);
  }

  private Client refusingWhenClosed(Client client, String connectionName) {
    String prefix = ConnectionNames.prefix(connectionName);
    return new Client() {
      @Override
      public Response execute(Request request, Request.Options options) throws IOException {
        if (isClosed()) {
          throw closed(prefix, request.httpMethod().name(), request.url());
        }
        return client.execute(request, options);
      }
    };
  }

  /** @return the SDK's own OkHttp transport, or {@code null} when the caller supplied a transport */
  OkHttpTransport okHttp() {
    return client instanceof OkHttpTransport ? (OkHttpTransport) client : null;
  }

  /** @return the refusal of a request on a closed client */
  static XException closed(String prefix, String method, String url) {
    return new XException(prefix + method + " " + XErrorDecoder.pathOf(url)
        + " was not sent: the XClient was closed. Build a new client.");
  }

  /** @return whether this transport or the one it shares was closed */
  public boolean isClosed() {
    return closed.get() || owner != null && owner.isClosed();
  }

  /**
   * Runs {@code hook} when this transport closes, or when the one it shares closes (at once when already closed):
   * what holds a connection open beyond a call, an open stream, stops with the client.
   *
   * @param hook what to run; it must not fail
   */
  public void onClose(Runnable hook) {
    closeHooks.add(hook);
    if (owner != null) {
      owner.onClose(hook);
    }
    if (isClosed()) {
      hook.run();
    }
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      closeHooks.forEach(Runnable::run);
      if (release != null) {
        release.run();
      }
    }
  }
}
