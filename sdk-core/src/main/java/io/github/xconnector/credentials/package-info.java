/** What authenticates requests: the token provider interface, its kinds, and the environment connection service. */
package io.github.xconnector.credentials;
