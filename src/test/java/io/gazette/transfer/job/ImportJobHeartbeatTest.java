package io.gazette.transfer.job;

import static io.gazette.support.TestData.editor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.gazette.support.ImportJobClient;
import io.gazette.support.MutableClock;
import io.gazette.support.TestData;
import io.gazette.support.WxrFixture;
import io.quarkus.arc.ClientProxy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When an import job reads as cut off: only when no instance has touched it for a minute, never while this one runs it. */
@QuarkusTest
class ImportJobHeartbeatTest {

    @Inject
    ImportJobs jobs;

    @Inject
    ImportJobs.Repository repository;

    @Inject
    MutableClock clock;

    /** The jobs this instance runs (the bean itself, not its client proxy, to reach the field). */
    private Set<Long> held() {
        return ClientProxy.unwrap(jobs).held;
    }

    @AfterEach
    void release() {
        clock.reset();
    }

    private long runningJobOfAnotherInstance() {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = new ImportJob();
            job.format = "WORDPRESS";
            job.state = ImportJobState.RUNNING;
            job.createdBy = "admin";
            job.createdAt = clock.instant();
            job.updatedAt = job.createdAt;
            repository.persist(job);
            return job.id;
        });
    }

    @Test
    void aJobNoInstanceTouchedForAMinuteReadsAsCutOff() {
        long id = runningJobOfAnotherInstance();
        clock.advance(Duration.ofSeconds(59));
        editor().get("/api/v1/imports/" + id).then().statusCode(200).body("state", equalTo("running"));
        clock.advance(Duration.ofSeconds(2));
        editor().get("/api/v1/imports/" + id).then().statusCode(200).body("state", equalTo("failed"))
                .body("error.message", startsWith("Cut off"));
    }

    @Test
    void aJobThisInstanceHoldsIsNeverCutOffHoweverLateItsHeartbeat() {
        long id = runningJobOfAnotherInstance();
        held().add(id);
        try {
            clock.advance(Duration.ofMinutes(5));
            editor().get("/api/v1/imports/" + id).then().statusCode(200).body("state", equalTo("running"));
        } finally {
            held().remove(id);
        }
    }

    @Test
    void aHeartbeatAfterTheJobFinishedLeavesItFinished() {
        String location = ImportJobClient.start("?format=wordpress", "application/xml",
                WxrFixture.forRun(TestData.unique("beat")).getBytes(StandardCharsets.UTF_8));
        String finishedAt = ImportJobClient.finished(location).getString("updatedAt");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        held().add(id);
        try {
            clock.advance(Duration.ofMinutes(1));
            jobs.beat();
        } finally {
            held().remove(id);
        }
        editor().get(location).then().statusCode(200).body("state", equalTo("succeeded"))
                .body("updatedAt", equalTo(finishedAt)).body("progress.done", equalTo(47)).body("report.counts.article.created", equalTo(14));
    }
}
