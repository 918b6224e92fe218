package io.gazette.article.dto;

import io.gazette.common.api.PageMeta;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Schema of the revision list as the spec names it. */
@Schema(name = "RevisionPage", description = "One page of revisions, newest first")
public record RevisionPage(List<RevisionSummary> items, PageMeta meta) {
}
