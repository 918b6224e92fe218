package io.gazette.account;

import io.gazette.account.dto.AccountInput;
import io.gazette.account.dto.AccountPatch;
import io.gazette.account.dto.AccountView;
import io.gazette.account.dto.ApiKeyInput;
import io.gazette.account.dto.ApiKeyView;
import io.gazette.account.dto.IssuedApiKey;
import io.gazette.common.api.PageMeta;
import io.gazette.common.api.PageRequest;
import io.gazette.common.api.PagedList;
import io.gazette.common.error.ProblemException;
import io.gazette.common.security.AdminTokenIdentityProvider;
import io.gazette.common.text.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class AccountService {

    private final Account.Repository accounts;
    private final ApiKey.Repository keys;
    private final Clock clock;

    AccountService(Account.Repository accounts, ApiKey.Repository keys, Clock clock) {
        this.accounts = accounts;
        this.keys = keys;
        this.clock = clock;
    }

    @Transactional
    public PagedList<AccountView> list(PageRequest page) {
        List<Account> found = accounts.findAll(io.quarkus.panache.common.Sort.by("username"))
                .page(page.page() - 1, page.size()).list();
        Map<Long, List<ApiKey>> keysByAccount = keys.ofAccounts(found).stream()
                .collect(Collectors.groupingBy(k -> k.account.id));
        List<AccountView> items = found.stream()
                .map(a -> toView(a, keysByAccount.getOrDefault(a.id, List.of())))
                .toList();
        return new PagedList<>(items, PageMeta.of(page, accounts.count()));
    }

    @Transactional
    public AccountView get(String username) {
        return toView(find(username));
    }

    @Transactional
    public AccountView create(AccountInput input) {
        if (input.username().equals(AdminTokenIdentityProvider.BOOTSTRAP_ADMIN) || accounts.findByUsername(input.username()).isPresent()) {
            throw ProblemException.conflict("The username '" + input.username() + "' is taken");
        }
        Account account = new Account();
        account.username = input.username();
        account.displayName = Texts.blankToNull(input.displayName());
        account.role = input.role();
        account.createdAt = clock.instant();
        accounts.persist(account);
        return toView(account);
    }

    @Transactional
    public AccountView update(String username, AccountPatch patch) {
        Account account = find(username);
        if (patch.displayName() != null) {
            account.displayName = Texts.blankToNull(patch.displayName());
        }
        if (patch.role() != null) {
            account.role = patch.role();
        }
        return toView(account);
    }

    @Transactional
    public IssuedApiKey issueKey(String username, ApiKeyInput input) {
        Account account = find(username);
        ApiKeySecrets.Generated generated = ApiKeySecrets.generate();
        ApiKey key = new ApiKey();
        key.account = account;
        key.label = input == null ? null : Texts.blankToNull(input.label());
        key.prefix = generated.prefix();
        key.secretHash = generated.hash();
        key.createdAt = clock.instant();
        keys.persist(key);
        return new IssuedApiKey(key.id, account.username, key.label, key.prefix, generated.key(), key.createdAt);
    }

    /** Revoking keeps the row (with its dates) so the account's history stays readable; revoking twice is harmless. */
    @Transactional
    public ApiKeyView revokeKey(String username, long keyId) {
        Account account = find(username);
        ApiKey key = keys.findByIdOptional(keyId)
                .filter(k -> k.account.id.equals(account.id))
                .orElseThrow(() -> ProblemException.notFound("key", keyId + " of " + username));
        if (key.revokedAt == null) {
            key.revokedAt = clock.instant();
        }
        return toView(key);
    }

    private Account find(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> ProblemException.notFound("account", username));
    }

    private AccountView toView(Account account) {
        return toView(account, keys.ofAccounts(List.of(account)));
    }

    private static AccountView toView(Account account, List<ApiKey> accountKeys) {
        return new AccountView(account.username, account.displayName, account.role, account.createdAt,
                accountKeys.stream().map(AccountService::toView).toList());
    }

    private static ApiKeyView toView(ApiKey key) {
        return new ApiKeyView(key.id, key.label, key.prefix, key.createdAt, key.lastUsedAt, key.revokedAt);
    }
}
