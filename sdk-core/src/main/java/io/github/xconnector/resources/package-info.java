/**
 * One service per X resource (posts, timelines, search, users, follows, likes, reposts, bookmarks) and the request
 * types they take; {@link io.github.xconnector.resources.ApiService} with
 * {@link io.github.xconnector.resources.ApiRequest} calls any other endpoint by method and path.
 */
package io.github.xconnector.resources;
