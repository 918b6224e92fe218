package io.gazette.article.query;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.gazette.article.ArticleStatus;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StatusFilterTest {

    @Test
    void everyWorkflowStatusCanBeListedAndAllMeansEvery() {
        assertThat(Arrays.stream(StatusFilter.values()).map(f -> f.status).filter(s -> s != null).toList(),
                containsInAnyOrder(ArticleStatus.values()));
        assertThat(StatusFilter.ALL.status, is(nullValue()));
        assertThat(StatusFilter.IN_REVIEW.value(), is("in_review"));
    }
}
