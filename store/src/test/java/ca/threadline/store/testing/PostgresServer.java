package ca.threadline.store.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class {@link TestStores}: stores on embedded H2 and on a throwaway PostgreSQL
 * server started once per test run (see {@link PostgresCluster}). Without PostgreSQL binaries the
 * PostgreSQL cases are skipped with the reason, unless {@code THREADLINE_REQUIRE_SERVICES=1}, in
 * which case they fail.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresServerExtension.class)
public @interface PostgresServer {}
