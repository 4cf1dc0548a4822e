package org.xcbir.it.support;

import java.io.File;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real EAR built by the ear module, optionally with a WAR holding in-container tests. */
public final class Deployments {
    private static final String APPLICATION_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10">
              <display-name>xcbir</display-name>
              <module><ejb>xcbir-ejb.jar</ejb></module>
              <module><web><web-uri>xcbir-web.war</web-uri><context-root>/xcbir</context-root></web></module>
              %s
              <library-directory>lib</library-directory>
            </application>
            """;

    private Deployments() {
    }

    /** The EAR exactly as shipped; for tests that drive it from outside (HTTP, browser). */
    public static EnterpriseArchive application() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("it.ear")));
    }

    /**
     * The shipped EAR plus a test WAR with the given classes. application.xml must list the test WAR,
     * otherwise Payara does not deploy it.
     */
    public static EnterpriseArchive applicationWithTests(Class<?>... testClasses) {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "xcbir-tests.war")
                .addClasses(testClasses)
                .addClasses(Deployments.class, GeneratedArchives.class, InterruptedIndexing.class,
                        TestModuleAuthentication.class);
        Testable.archiveToTest(tests);
        String testModule = "<module><web><web-uri>xcbir-tests.war</web-uri><context-root>/xcbir-tests</context-root></web></module>";
        return application()
                .addAsModule(tests)
                .setApplicationXML(new StringAsset(APPLICATION_XML.formatted(testModule)));
    }
}
