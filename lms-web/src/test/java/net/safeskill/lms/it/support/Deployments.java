package net.safeskill.lms.it.support;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that the build produced, as it ships, plus (for in-container tests) the test support classes. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive platform() {
        File war = new File(System.getProperty("lms.it.war", "target/lms-web.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war);
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    public static WebArchive platformWithTests(Class<?>... testClasses) {
        return platform()
                .addPackage(Deployments.class.getPackage())
                .addClasses(testClasses)
                .addAsManifestResource(new StringAsset("Dependencies: org.jboss.ejb3\n"), "MANIFEST.MF");
    }
}
