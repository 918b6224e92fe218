package io.gazette.site;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** The site's labels in one language as stored; null where not set. */
@Embeddable
public class LabelTexts {

    @Column(name = "latest_content", length = SiteLimits.SHORT_LABEL)
    public String latestContent;

    @Column(name = "comment_count", length = SiteLimits.SHORT_LABEL)
    public String commentCount;

    @Column(name = "submit_comment", length = SiteLimits.SHORT_LABEL)
    public String submitComment;

    @Column(name = "comment_privacy_notice", length = SiteLimits.NOTICE)
    public String commentPrivacyNotice;

    protected LabelTexts() {
    }

    public LabelTexts(String latestContent, String commentCount, String submitComment, String commentPrivacyNotice) {
        this.latestContent = latestContent;
        this.commentCount = commentCount;
        this.submitComment = submitComment;
        this.commentPrivacyNotice = commentPrivacyNotice;
    }

    public boolean isEmpty() {
        return latestContent == null && commentCount == null && submitComment == null && commentPrivacyNotice == null;
    }

    // Value equality lets SiteService leave unchanged labels alone, so an identical PUT keeps the version.
    @Override
    public boolean equals(Object other) {
        return other instanceof LabelTexts texts && Objects.equals(latestContent, texts.latestContent)
                && Objects.equals(commentCount, texts.commentCount) && Objects.equals(submitComment, texts.submitComment)
                && Objects.equals(commentPrivacyNotice, texts.commentPrivacyNotice);
    }

    @Override
    public int hashCode() {
        return Objects.hash(latestContent, commentCount, submitComment, commentPrivacyNotice);
    }
}
