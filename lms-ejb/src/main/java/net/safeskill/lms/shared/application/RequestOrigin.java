package net.safeskill.lms.shared.application;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request comes from (the client address), filled in by the web tier for every HTTP request so
 * that audit entries say "from where". Outside HTTP requests (timers, start-up) it reads {@code internal}.
 */
@RequestScoped
public class RequestOrigin {

    private String remoteAddress;

    public String remoteAddress() {
        return remoteAddress == null ? "internal" : remoteAddress;
    }

    public void remoteAddress(String address) {
        this.remoteAddress = address;
    }
}
