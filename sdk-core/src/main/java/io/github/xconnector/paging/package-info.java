/** Lazily fetched pages of results and the expansions X includes with them. */
package io.github.xconnector.paging;
