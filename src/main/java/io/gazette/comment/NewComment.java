package io.gazette.comment;

import io.gazette.comment.dto.CommentInput;
import java.util.Locale;

/**
 * A reader's comment normalised once, as it is rate-limited, checked and stored: name and body trimmed,
 * the email trimmed and lower-cased.
 */
public record NewComment(String name, String email, String body, Long parentId, String website) {

    public static NewComment of(CommentInput input) {
        return new NewComment(input.name().trim(), input.email().trim().toLowerCase(Locale.ROOT), input.body().trim(),
                input.parentId(), input.website());
    }
}
