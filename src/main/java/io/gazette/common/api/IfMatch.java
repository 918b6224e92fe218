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

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** 428 without If-Match; 412 unless it is * or the ETag of {@code currentVersion}. */
    public void check(long currentVersion) {
        if (header == null || header.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of your last read, so a change made since is not overwritten");
        }
        String value = header.trim();
        if (value.equals("*")) {
            return;
        }
        if (!STRONG_ETAG.matcher(value).matches() || !value.equals(etag(currentVersion))) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "The resource has changed since the ETag you sent; read it again and reapply your change");
        }
    }
}
