package io.gazette.transfer.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One import started through the API (V20); its report is kept as JSON. */
@Entity
@Table(name = "import_job")
public class ImportJob {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 40)
    public String format;

    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    public ImportJobState state;

    @Column(name = "total_items")
    public Long totalItems;

    @Column(name = "done_items", nullable = false)
    public long doneItems;

    @Column(length = 1_000_000)
    public String report;

    @Column(length = 2000)
    public String error;

    @Column(name = "error_line")
    public Long errorLine;

    @Column(name = "error_column")
    public Long errorColumn;

    @Column(name = "created_by", nullable = false, length = 60)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Touched every few seconds while the job is held by a running instance. */
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
