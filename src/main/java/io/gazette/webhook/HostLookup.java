package io.gazette.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** The addresses a webhook's host name resolves to now (the system resolver); tests put a resolver of their own in its place. */
@ApplicationScoped
public class HostLookup {

    public InetAddress[] addressesOf(String host) throws UnknownHostException {
        return InetAddress.getAllByName(host);
    }
}
