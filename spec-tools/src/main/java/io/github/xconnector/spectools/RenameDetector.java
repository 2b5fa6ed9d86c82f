package io.github.xconnector.spectools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pairs removed names with added names that denote the same thing, so that a rename is reported once instead of as a
 * removal plus an addition.
 *
 * <p>Two names are a rename when their shapes are equal (as computed by the caller, for example
 * {@code array<object>}) and the names are equal after replacing "tweet" by "post", ignoring case. This covers X's
 * 2.167 renames such as {@code referenced_tweets} to {@code referenced_posts}, {@code tweet.fields} to
 * {@code post.fields} and {@code retweeted_by} to {@code reposted_by}.
 */
final class RenameDetector {

    private RenameDetector() {
    }

    /** The name with "tweet" replaced by "post" in lower case; "retweet" thereby becomes "repost". */
    static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT).replace("tweet", "post");
    }

    /**
     * Finds renames among the removed and added names.
     *
     * @param removed removed names with their shapes, in document order
     * @param added added names with their shapes, in document order
     * @return old name to new name for each rename, in the order of {@code removed}; each name appears at most once
     */
    static Map<String, String> renames(Map<String, String> removed, Map<String, String> added) {
        Map<String, String> pairs = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>(added.keySet());
        for (Map.Entry<String, String> old : removed.entrySet()) {
            String key = normalize(old.getKey());
            for (String candidate : unmatched) {
                if (!candidate.equals(old.getKey()) && normalize(candidate).equals(key)
                        && added.get(candidate).equals(old.getValue())) {
                    pairs.put(old.getKey(), candidate);
                    unmatched.remove(candidate);
                    break;
                }
            }
        }
        return pairs;
    }
}
