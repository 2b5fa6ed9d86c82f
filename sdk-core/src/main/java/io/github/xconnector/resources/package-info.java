/** One service per X resource (posts, timelines, search, users, follows, likes, reposts, bookmarks) and the request types they take. */
package io.github.xconnector.resources;
