package io.github.xconnector.testing;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records each request as it arrives, before any response delay. WireMock's own journal logs a delayed request only
 * once its answer is sent, after the client may already have given up.
 */
public final class ArrivalCounter implements ServeEventListener {

  private final List<String> arrivals = new CopyOnWriteArrayList<>();

  @Override
  public void beforeMatch(ServeEvent event, Parameters parameters) {
    arrivals.add(event.getRequest().getMethod().getName() + " " + event.getRequest().getUrl());
  }

  @Override
  public String getName() {
    return "arrival-counter";
  }

  /** The requests that arrived, as {@code METHOD url}, in order. */
  public List<String> arrivals() {
    return List.copyOf(arrivals);
  }

  /** Forgets the requests seen so far. */
  public void clear() {
    arrivals.clear();
  }
}
