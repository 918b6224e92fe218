package io.gazette.common.api;

import io.gazette.common.error.ProblemException;
import io.gazette.common.error.ProblemType;
import java.util.regex.Pattern;

/**
 * Conditional writes (RFC 9110): an entity's ETag is its version in quotes, and a PUT, PATCH or DELETE
 * must send it back in If-Match, so nobody overwrites a change they have not seen. Checked after the
 * entity is found, so an unknown slug stays a 404.
 */
public record IfMatch(String header) {

    private static final Pattern STRONG_ETAG = Pattern.compile("^\"\\d{1,18}\"$");
    /** RFC 9110 If-Match: "*" or a comma-separated list of entity tags, weak or strong. */
    private static final Pattern ENTITY_TAG_LIST = Pattern.compile(
            "^(?:W/)?\"[\\x21\\x23-\\x7e\\x80-\\xff]*\"(?:\\s*,\\s*(?:W/)?\"[\\x21\\x23-\\x7e\\x80-\\xff]*\")*$");

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** Strong comparison (RFC 9110 13.1.1): a weak tag never matches. */
    private static boolean matchesStrongly(String list, String current) {
        for (String tag : list.split(",")) {
            String candidate = tag.trim();
            if (STRONG_ETAG.matcher(candidate).matches() && candidate.equals(current)) {
                return true;
            }
        }
        return false;
    }

    /** 428 without If-Match; 400 when it is not an entity-tag list; 412 unless it is * or the ETag of {@code currentVersion}. */
    public void check(long currentVersion) {
        if (header == null || header.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of your last read, so a change made since is not overwritten");
        }
        String value = header.trim();
        if (value.equals("*")) {
            return;
        }
        if (!ENTITY_TAG_LIST.matcher(value).matches()) {
            throw ProblemException.invalidField("If-Match", "must be * or an entity tag such as \"3\", as sent in ETag");
        }
        if (!matchesStrongly(value, etag(currentVersion))) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "The resource has changed since the ETag you sent; read it again and reapply your change");
        }
    }
}
