package io.gazette.redirect;

import io.gazette.common.api.PageMeta;
import io.gazette.common.api.PageRequest;
import io.gazette.common.api.PagedList;
import io.gazette.common.error.ProblemException;
import io.gazette.common.web.SurrogateKeys;
import io.gazette.redirect.dto.RedirectView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.Optional;

/** Old addresses of imported articles: recorded by imports, answered to front ends (published articles only). */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class RedirectService {

    private final RedirectRepository redirects;
    private final RedirectConfig config;
    private final SurrogateKeys keys;

    RedirectService(RedirectRepository redirects, RedirectConfig config, SurrogateKeys keys) {
        this.keys = keys;
        this.redirects = redirects;
        this.config = config;
    }

    /** Where {@code from} leads: a 400 naming {@code from} when it is no path, a 404 when no published article has it. */
    public RedirectView resolve(String from) {
        String path = RedirectPaths.normalise(from).orElseThrow(() -> ProblemException.invalidField("from",
                from == null || from.isBlank() ? "is required" : "must be a path (/2023/06/slug/, /?p=123) or an http(s) URL of at most "
                        + RedirectPaths.MAX_LENGTH + " characters"));
        RedirectRepository.Target target = redirects.publishedTarget(path)
                .orElseThrow(() -> ProblemException.notFound("redirect from", path));
        keys.add(SurrogateKeys.article(target.articleId()));
        return view(target);
    }

    public PagedList<RedirectView> list(PageRequest page) {
        // the list carries the key articles: any publication or take-down purges it
        return new PagedList<>(redirects.publishedTargets(page.offset(), page.size()).stream().map(this::view).toList(),
                PageMeta.of(page, redirects.countPublished()));
    }

    /**
     * Points the old address {@code url} at the article; false when it is no path or already points there. An address
     * that pointed at another article is moved (the latest import of it wins).
     */
    @Transactional(TxType.MANDATORY)
    public boolean record(String url, long articleId, Instant now) {
        Optional<String> path = RedirectPaths.normalise(url);
        if (path.isEmpty()) {
            return false;
        }
        Redirect redirect = redirects.findByPath(path.get()).orElse(null);
        if (redirect != null && redirect.articleId == articleId) {
            return false;
        }
        if (redirect == null) {
            redirect = new Redirect();
            redirect.fromPath = path.get();
            redirect.fromHash = RedirectPaths.hash(path.get());
            redirect.createdAt = now;
            redirect.articleId = articleId;
            redirects.persist(redirect);
        } else {
            redirect.articleId = articleId;
        }
        return true;
    }

    private RedirectView view(RedirectRepository.Target target) {
        String to = config.target().replace("{slug}", target.slug()).replace("{language}", target.language())
                .replace("{section}", target.section().value());
        return new RedirectView(target.from(), to, target.slug(), target.language());
    }
}
