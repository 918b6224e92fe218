package io.gazette.transfer.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.common.error.ProblemException;
import io.gazette.transfer.ImportFormat;
import io.gazette.transfer.ImportOptions;
import io.gazette.transfer.ImportRejected;
import io.gazette.transfer.ImportReport;
import io.gazette.transfer.job.dto.ImportJobView;
import io.gazette.transfer.job.dto.ImportReportView;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Runs the imports started through the API, one at a time per instance (two imports of one site at once would race
 * for the same references), on a thread of its own. Jobs live in the database: any instance answers for them, and
 * the instance running them touches them every {@link #HEARTBEAT}; a job in progress untouched for
 * {@link #STALE_AFTER} was cut off (its instance stopped) and reads as failed.
 */
@ApplicationScoped
public class ImportJobs {

    static final Duration HEARTBEAT = Duration.ofSeconds(2);
    static final Duration STALE_AFTER = Duration.ofSeconds(60);
    private static final Logger LOG = Logger.getLogger(ImportJobs.class);

    @ApplicationScoped
    static class Repository implements PanacheRepository<ImportJob> {
    }

    /** The job this instance is running: its counts so far (outcomes as they come), then the format's report. */
    private record Current(long id, AtomicLong done, ImportReport live, AtomicReference<ImportReport> report) {
    }

    private final Repository jobs;
    private final ObjectMapper json;
    private final Clock clock;
    final Set<Long> held = ConcurrentHashMap.newKeySet();
    /** This instance's writes to its jobs, one at a time: a beat never interleaves with a job's own change of state. */
    private final Object bookkeeping = new Object();
    private final AtomicReference<Current> current = new AtomicReference<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> daemon(task, "import-job"));
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "import-job-heartbeat"));

    ImportJobs(Repository jobs, ObjectMapper json, Clock clock) {
        this.jobs = jobs;
        this.json = json;
        this.clock = clock;
        heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        runner.shutdownNow();
        heartbeat.shutdownNow();
    }

    /** Queues an import of the spooled file, which the job deletes when it is done with it. */
    public ImportJobView start(ImportFormat format, boolean dryRun, Path file, String actor) {
        ImportJob job = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob created = new ImportJob();
            created.format = format.name();
            created.dryRun = dryRun;
            created.state = ImportJobState.QUEUED;
            created.createdBy = actor;
            created.createdAt = clock.instant();
            created.updatedAt = created.createdAt;
            jobs.persist(created);
            return created;
        });
        held.add(job.id);
        runner.submit(() -> {
            try {
                run(job.id, format, dryRun, file);
            } catch (Throwable t) {
                LOG.errorf(t, "Import job %d could not record how it ended", job.id);
                throw t;
            }
        });
        return view(job);
    }

    public ImportJobView get(long id) {
        return QuarkusTransaction.requiringNew().call(() -> jobs.findByIdOptional(id).map(this::view)
                .orElseThrow(() -> ProblemException.notFound("import", String.valueOf(id))));
    }

    private void run(long id, ImportFormat format, boolean dryRun, Path file) {
        Current running = new Current(id, new AtomicLong(), new ImportReport(), new AtomicReference<>());
        current.set(running);
        try {
            update(id, job -> job.state = ImportJobState.COUNTING);
            long total = format.countItems(file);
            update(id, job -> {
                job.state = ImportJobState.RUNNING;
                job.totalItems = total;
            });
            ImportReport report = format.run(file, new ImportOptions(dryRun), (type, outcome) -> {
                running.live().count(type, outcome);
                running.done().incrementAndGet();
            });
            running.report().set(report);
            finish(id, running, job -> job.state = ImportJobState.SUCCEEDED);
        } catch (ImportRejected rejected) {
            finish(id, running, job -> {
                job.state = ImportJobState.FAILED;
                job.error = truncate(rejected.getMessage());
                job.errorLine = rejected.line() > 0 ? rejected.line() : null;
                job.errorColumn = rejected.column() > 0 ? rejected.column() : null;
            });
        } catch (RuntimeException | Error failure) {
            LOG.errorf(failure, "Import job %d failed", id);
            finish(id, running, job -> {
                job.state = ImportJobState.FAILED;
                job.error = truncate("The import stopped (" + failure.getClass().getSimpleName() + "): what was written stays, and "
                        + "importing the same file again finishes it without doubling anything");
            });
        } finally {
            current.set(null);
            held.remove(id);
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warnf("Could not delete the spooled import file %s: %s", file, e.getMessage());
            }
        }
    }

    private interface Change {
        void apply(ImportJob job);
    }

    private void update(long id, Change change) {
        synchronized (bookkeeping) {
            QuarkusTransaction.requiringNew().run(() -> {
                ImportJob job = jobs.findById(id);
                change.apply(job);
                job.updatedAt = clock.instant();
            });
        }
    }

    private void finish(long id, Current running, Change change) {
        update(id, job -> {
            change.apply(job);
            job.doneItems = running.done().get();
            ImportReport report = running.report().get();
            if (report != null) {
                job.report = write(ImportReportView.of(report));
            }
            job.finishedAt = clock.instant();
        });
    }

    /**
     * Marks the held jobs alive, and writes the running one's progress. One conditional update per job, never a read
     * then a write of the whole row: a beat that read a job just before it finished would otherwise write it back as
     * running, and the job would read as cut off a minute later.
     */
    void beat() {
        synchronized (bookkeeping) {
            writeBeat();
        }
    }

    private void writeBeat() {
        try {
            Current running = current.get();
            Instant now = clock.instant();
            if (held.isEmpty()) {
                return;
            }
            QuarkusTransaction.requiringNew().run(() -> {
                for (long id : held) {
                    if (running != null && running.id() == id) {
                        jobs.update("updatedAt = ?1, doneItems = ?2, report = ?3 where id = ?4 and finishedAt is null and state = ?5",
                                now, running.done().get(), write(ImportReportView.of(running.live())), id, ImportJobState.RUNNING);
                    }
                    jobs.update("updatedAt = ?1 where id = ?2 and finishedAt is null", now, id);
                }
            });
        } catch (RuntimeException e) {
            LOG.debugf("Import heartbeat skipped: %s", e.getMessage());
        }
    }

    private ImportJobView view(ImportJob job) {
        ImportJobState state = job.state;
        ImportJobView.Failure error = job.error == null ? null : new ImportJobView.Failure(job.error, job.errorLine, job.errorColumn);
        if (!state.isFinished() && !held.contains(job.id) && job.updatedAt.isBefore(clock.instant().minus(STALE_AFTER))) {
            state = ImportJobState.FAILED;
            error = new ImportJobView.Failure("Cut off: the instance running it stopped before it finished. What was written "
                    + "stays; importing the same file again finishes it without doubling anything", null, null);
        }
        return new ImportJobView(job.id, job.format, job.dryRun, state, new ImportJobView.Progress(job.doneItems, job.totalItems),
                error, job.report == null ? null : read(job.report), job.createdBy, job.createdAt, job.updatedAt, job.finishedAt);
    }

    private String write(ImportReportView report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report is plain data", e);
        }
    }

    private ImportReportView read(String report) {
        try {
            return json.readValue(report, ImportReportView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored report is the JSON this class wrote", e);
        }
    }

    private static String truncate(String message) {
        return message == null ? null : message.length() <= 2000 ? message : message.substring(0, 1999) + "…";
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
