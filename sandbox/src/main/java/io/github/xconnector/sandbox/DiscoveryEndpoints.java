package io.github.xconnector.sandbox;

import java.util.Map;

/**
 * Spaces, trends, usage, Communities and news, each with state of its own. Registered after every other group: the
 * usage meter wraps the endpoints already in the map to count the posts they serve.
 */
final class DiscoveryEndpoints {

  private final Services services;

  DiscoveryEndpoints(Services services) {
    this.services = services;
  }

  void registerInto(Map<String, Endpoint> endpoints) {
    SpaceStore spaces = new SpaceStore(services.state().clock());
    if (services.state().user(SeedData.DEVELOPER.id()).isPresent() && services.state().user(SeedData.ORBIT.id())
        .isPresent()) {
      spaces.seed();
    }
    new SpaceEndpoints(services, spaces).registerInto(endpoints);
    new TrendEndpoints(services).registerInto(endpoints);
    new DirectoryEndpoints(services, new DirectoryStore()).registerInto(endpoints);
    UsageMeter usage = new UsageMeter(services.state().clock());
    usage.meter(endpoints);
    usage.registerInto(endpoints);
  }
}
