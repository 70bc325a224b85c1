package net.safeskill.lms.web.support;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/** Says where the platform can be opened once the web application is up. */
@ApplicationScoped
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        int port = Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        LOG.info("SafeSkill LMS is ready: open http://localhost:" + port + "/ (demo accounts: see README.md)");
    }
}
