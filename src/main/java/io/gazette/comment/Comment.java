package io.gazette.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "article_comment")
public class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id", nullable = false)
    public Long articleId;

    /** Set on a reply; the database deletes replies with their parent. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Comment parent;

    /** The top-level comment of the thread a reply belongs to; null on a top-level comment. */
    @Column(name = "thread_id")
    public Long threadId;

    /** 1 for a top-level comment, parent's depth + 1 for a reply. */
    @Column(nullable = false)
    public int depth = 1;

    /** Written by an editor through the API; approved at once. */
    @Column(nullable = false)
    public boolean staff;

    @Column(name = "author_name", nullable = false, length = 100)
    public String authorName;

    /** Private: only moderation views carry it. */
    @Column(nullable = false, length = 320)
    public String email;

    /** Plain text exactly as submitted; clients escape it when rendering. */
    @Column(nullable = false, length = 5000)
    public String body;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    public CommentStatus status = CommentStatus.PENDING;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "moderated_at")
    public Instant moderatedAt;

    /** HMAC-SHA256 of the poster's address, for moderation only. */
    @Column(name = "address_hash", length = 64)
    public String addressHash;

    /** Who made the last status change. */
    @Column(name = "moderated_by", length = 100)
    public String moderatedBy;

    public void replyTo(Comment parentComment) {
        parent = parentComment;
        threadId = parentComment.threadId != null ? parentComment.threadId : parentComment.id;
        depth = parentComment.depth + 1;
    }

    public void moderate(CommentStatus newStatus, String editor, Instant now) {
        status = newStatus;
        moderatedBy = editor;
        moderatedAt = now;
    }
}
