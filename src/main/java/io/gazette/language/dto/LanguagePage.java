package io.gazette.language.dto;

import io.gazette.common.api.PageMeta;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Schema of the language list as the spec names it; at run time the body is a PagedList of the same shape. */
@Schema(name = "LanguagePage", description = "Every configured language, in a single page")
public record LanguagePage(List<LanguageView> items, PageMeta meta) {
}
