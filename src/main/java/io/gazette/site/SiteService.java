package io.gazette.site;

import io.gazette.common.api.IfMatch;
import io.gazette.common.api.Versioned;
import io.gazette.common.error.Problem.FieldError;
import io.gazette.common.error.ProblemException;
import io.gazette.common.text.Texts;
import io.gazette.common.web.ContentChanged;
import io.gazette.common.web.SurrogateKeys;
import io.gazette.language.Languages;
import io.gazette.language.dto.LanguageView;
import io.gazette.site.dto.LabelSettings;
import io.gazette.site.dto.SiteLabels;
import io.gazette.site.dto.SiteSettings;
import io.gazette.site.dto.SiteView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class SiteService {

    /** The last fallback of every label, so a front end never has to hard-code one. */
    private static final LabelTexts BUILT_IN = new LabelTexts("Latest content", "{count} Comments", "Submit a comment",
            "Your email address will not be published. Required fields are marked *");

    private final SiteRepository sites;
    private final SiteConfig config;
    private final Languages languages;
    private final Event<ContentChanged> changed;

    SiteService(SiteRepository sites, SiteConfig config, Languages languages, Event<ContentChanged> changed) {
        this.sites = sites;
        this.config = config;
        this.languages = languages;
        this.changed = changed;
    }

    /** The public view, labels in {@code language} (null: the default language), each falling back label by label. */
    public SiteView view(String language) {
        Site site = sites.current();
        String defaultLanguage = defaultLanguage(site);
        List<LabelTexts> chain = Stream.of(site.labels.get(language == null ? defaultLanguage : language),
                site.labels.get(defaultLanguage), BUILT_IN).filter(Objects::nonNull).toList();
        SiteLabels labels = new SiteLabels(first(chain, t -> t.latestContent), first(chain, t -> t.commentCount),
                first(chain, t -> t.submitComment), first(chain, t -> t.commentPrivacyNotice));
        return new SiteView(name(site), site.description, url(site), site.logoUrl, defaultLanguage, languages.all(), labels);
    }

    /** Whether the site has a URL, which feeds and sitemaps need (README: Feeds and sitemaps). */
    public boolean hasUrl() {
        return url(sites.current()) != null;
    }

    /**
     * The front end's name and addresses, for feeds and sitemaps, which must link to pages readers can open: a 409
     * problem while neither an admin nor gazette.site.url has set the site's URL (links to this API's host would lead
     * nowhere, and feed readers and search engines keep what they are sent).
     */
    public FrontEnd frontEnd() {
        Site site = sites.current();
        String url = url(site);
        if (url == null) {
            throw ProblemException.conflict("The site has no URL yet, and feeds and sitemaps link to its pages: set "
                    + "gazette.site.url (GAZETTE_SITE_URL) or the url of PUT /api/v1/site");
        }
        return new FrontEnd(name(site), site.description, url, defaultLanguage(site), config);
    }

    /** The version of the site's settings: it moves with every change an admin makes to them. */
    public long version() {
        return sites.current().version;
    }

    /** Everything admins edit, stand-ins filled in, with the version to send back as If-Match. */
    public Versioned<SiteSettings> settings() {
        Site site = sites.current();
        return new Versioned<>(toSettings(site), site.version);
    }

    @Transactional
    public Versioned<SiteSettings> replace(SiteSettings input, IfMatch ifMatch) {
        Site site = sites.current();
        ifMatch.check(site.version);
        requireConfiguredLanguages(input);
        site.name = input.name().trim();
        site.description = Texts.blankToNull(input.description());
        site.url = input.url();
        site.logoUrl = Texts.blankToNull(input.logoUrl());
        site.defaultLanguage = input.defaultLanguage();
        Map<String, LabelTexts> labels = new LinkedHashMap<>();
        input.labels().forEach((language, texts) -> {
            LabelTexts stored = toStored(texts);
            if (!stored.isEmpty()) {
                labels.put(language, stored);
            }
        });
        if (!labels.equals(site.labels)) {
            site.labels.clear();
            site.labels.putAll(labels);
        }
        sites.flush();
        changed.fire(ContentChanged.of(SurrogateKeys.SITE));
        return new Versioned<>(toSettings(site), site.version);
    }

    private void requireConfiguredLanguages(SiteSettings input) {
        List<String> configured = configuredCodes();
        String allowed = "must be one of " + String.join(", ", configured);
        List<FieldError> errors = new ArrayList<>();
        if (!configured.contains(input.defaultLanguage())) {
            errors.add(new FieldError("defaultLanguage", allowed));
        }
        input.labels().keySet().stream().filter(language -> !configured.contains(language)).sorted()
                .forEach(language -> errors.add(new FieldError("labels." + language, allowed)));
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    private SiteSettings toSettings(Site site) {
        Map<String, LabelSettings> labels = new LinkedHashMap<>();
        for (String language : configuredCodes()) {
            LabelTexts texts = site.labels.get(language);
            if (texts != null) {
                labels.put(language, new LabelSettings(texts.latestContent, texts.commentCount, texts.submitComment,
                        texts.commentPrivacyNotice));
            }
        }
        return new SiteSettings(name(site), site.description, url(site), site.logoUrl, defaultLanguage(site), labels);
    }

    private static LabelTexts toStored(LabelSettings input) {
        return new LabelTexts(Texts.blankToNull(input.latestContent()), Texts.blankToNull(input.commentCount()),
                Texts.blankToNull(input.submitComment()), Texts.blankToNull(input.commentPrivacyNotice()));
    }

    private String name(Site site) {
        return site.name != null ? site.name : config.name();
    }

    private String url(Site site) {
        return site.url != null ? site.url : config.url().orElse(null);
    }

    /** The stored one while it is still configured, else the first configured language. */
    private String defaultLanguage(Site site) {
        List<String> configured = configuredCodes();
        return configured.contains(site.defaultLanguage) ? site.defaultLanguage : configured.get(0);
    }

    private List<String> configuredCodes() {
        return languages.all().stream().map(LanguageView::code).toList();
    }

    private static String first(List<LabelTexts> chain, Function<LabelTexts, String> label) {
        return chain.stream().map(label).filter(Objects::nonNull).findFirst().orElseThrow();
    }
}
