/**
 * The typed X API v2 client: {@link io.github.xconnector.XClient} and the services, requests, pages, errors, rate
 * limits and media upload it hands out, with the models generated from the spec.
 *
 * <p>The call path ({@code io.github.xconnector.internal}) and the generated Feign interfaces, operation table and
 * invoker support stay inside this module.
 */
module io.github.xconnector.core {
  // In the public API: XClient.Builder#transport takes a feign.Client, and MultipartBodyEncoder is a feign Encoder.
  requires transitive feign.core;

  // Jackson binds the generated models (they carry its annotations only). The one Jackson type in a public signature
  // is JsonNode, the answer of XClient.api(): a program that calls it reads databind through this module.
  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires feign.form;
  requires feign.jackson;
  requires static jakarta.annotation;
  // The spec's member limits, as constraint annotations on the generated models (read by the call path).
  requires jakarta.validation;
  requires java.net.http;
  requires okhttp3;
  requires okio;
  requires org.slf4j;
  // twitter-text has no module descriptor nor Automatic-Module-Name: this is the name derived from its file name.
  requires twitter.text;

  exports io.github.xconnector;
  exports io.github.xconnector.credentials;
  exports io.github.xconnector.errors;
  exports io.github.xconnector.generated.model;
  exports io.github.xconnector.media;
  exports io.github.xconnector.paging;
  exports io.github.xconnector.resources;
  exports io.github.xconnector.streams;
  exports io.github.xconnector.transport;

  // Jackson binds the models by reflection, including members that are not public.
  opens io.github.xconnector.generated.model to com.fasterxml.jackson.databind;

  // XClient.fromEnv() finds the connection settings reader of x-connector-auth.
  uses io.github.xconnector.credentials.ConnectionSource;
}
