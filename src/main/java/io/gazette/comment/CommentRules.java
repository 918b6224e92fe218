package io.gazette.comment;

import io.gazette.common.config.SettingRange;
import io.gazette.common.error.Problem.FieldError;
import io.gazette.common.error.ProblemException;
import io.gazette.common.text.PlainText;
import io.gazette.common.text.SearchText;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a comment must be (plain text; its length is checked at the edge by {@link CommentLength}) and when it is spam. */
@ApplicationScoped
public class CommentRules {

    /** Control characters other than tab, line feed and carriage return, and bidirectional overrides. */
    private static final Pattern CONTROL = PlainText.Validator.MULTILINE;
    private static final Pattern ANY_CONTROL = PlainText.Validator.SINGLE_LINE;
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)");

    private final CommentConfig config;
    private final List<String> blockedWords;

    CommentRules(CommentConfig config) {
        this.config = config;
        this.blockedWords = this.config.blockedWords().orElse(List.of()).stream()
                .map(SearchText::normalize)
                .filter(word -> !word.isBlank())
                .toList();
    }

    /** The lengths are at most the columns' sizes: a larger value would let the database refuse an accepted comment. */
    void checkSettings(@Observes @Priority(SettingRange.BEFORE_OTHER_STARTUP_WORK) StartupEvent started) {
        SettingRange.require("gazette.comments.max-name-length", config.maxNameLength(), 1, 100);
        SettingRange.require("gazette.comments.max-body-length", config.maxBodyLength(), 1, 5000);
    }

    /** A 400 naming every field with a control character. */
    public void requireValid(String name, String body) {
        List<FieldError> errors = new ArrayList<>();
        if (ANY_CONTROL.matcher(name).find()) {
            errors.add(new FieldError("name", "must not contain control characters, line breaks or bidirectional overrides"));
        }
        if (CONTROL.matcher(body).find()) {
            errors.add(new FieldError("body", "must not contain control characters other than line breaks and tabs, or bidirectional overrides"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    public boolean isSpam(String body, String honeypot) {
        if (honeypot != null && !honeypot.isBlank()) {
            return true;
        }
        Matcher links = LINK.matcher(body);
        int count = 0;
        while (links.find()) {
            count++;
        }
        if (count > config.maxLinks()) {
            return true;
        }
        String normalized = SearchText.normalize(body);
        return blockedWords.stream().anyMatch(normalized::contains);
    }
}
