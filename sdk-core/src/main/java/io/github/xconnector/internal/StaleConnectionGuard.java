package io.github.xconnector.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.Protocol;

/**
 * Tells a request that never reached the server from one that may have: before a request goes out on a pooled
 * HTTP/1.1 connection that has been idle a while, looks whether the server has already closed it (servers close idle
 * connections without saying so beforehand). Such a connection is closed here, before a byte of the request is
 * written, and the call is marked, so the transport can send the request again on a fresh connection even when it is a
 * post that must never go out twice.
 *
 * <p>OkHttp checks pooled connections itself only after ten seconds of idleness; servers and proxies that close sooner
 * would otherwise turn a create that never left this machine into a "may have been delivered" failure. The look is a
 * read with a one-millisecond timeout, done only after {@link #IDLE_BEFORE_CHECK_NANOS} of idleness, so back-to-back
 * calls pay nothing.
 */
final class StaleConnectionGuard extends EventListener {

  /** Idleness after which a pooled connection is looked at before use. */
  static final long IDLE_BEFORE_CHECK_NANOS = 25_000_000L;

  private static final int MAX_TRACKED = 256;

  // When each pooled connection was last released; entries of connections that die while idle are dropped wholesale
  // when too many gather (a connection without an entry is simply not looked at).
  private final Map<Connection, Long> releasedAt = new ConcurrentHashMap<>();
  private final Set<Call> closedBeforeWrite = ConcurrentHashMap.newKeySet();

  @Override
  public void connectionAcquired(Call call, Connection connection) {
    Long released = releasedAt.remove(connection);
    if (released == null || connection.protocol() != Protocol.HTTP_1_1
        || System.nanoTime() - released < IDLE_BEFORE_CHECK_NANOS) {
      return;
    }
    Socket socket = connection.socket();
    if (closedByPeer(socket)) {
      closedBeforeWrite.add(call);
      try {
        socket.close();
      } catch (IOException ignored) {
        // Closed either way: the write that follows fails before sending anything.
      }
    }
  }

  @Override
  public void connectionReleased(Call call, Connection connection) {
    if (releasedAt.size() >= MAX_TRACKED) {
      releasedAt.clear();
    }
    releasedAt.put(connection, System.nanoTime());
  }

  /**
   * Returns, once, whether the call failed because this guard closed its connection before the request was written.
   *
   * @param call the call that failed
   * @return {@code true} when no byte of the request left this machine
   */
  boolean closedBeforeWrite(Call call) {
    return closedBeforeWrite.remove(call);
  }

  // An idle HTTP/1.1 connection has nothing to read: end of stream means the server closed it, and bytes nobody asked
  // for make it unusable too. A timeout means it is open.
  private static boolean closedByPeer(Socket socket) {
    if (socket.isClosed() || socket.isInputShutdown()) {
      return true;
    }
    try {
      int timeout = socket.getSoTimeout();
      socket.setSoTimeout(1);
      try {
        InputStream in = socket.getInputStream();
        in.read();
        return true;
      } finally {
        socket.setSoTimeout(timeout);
      }
    } catch (SocketTimeoutException open) {
      return false;
    } catch (IOException broken) {
      return true;
    }
  }
}
