package ca.threadline.app.web;

import ca.threadline.app.web.auth.LoginThrottle;
import ca.threadline.app.web.auth.PasswordHasher;
import ca.threadline.app.web.auth.SessionStore;
import ca.threadline.app.web.chain.ChainLookups;
import ca.threadline.app.web.geo.CityCoordinates;
import ca.threadline.app.web.image.Renditions;
import ca.threadline.app.web.view.IndicatorCatalog;
import ca.threadline.app.web.view.Pages;
import ca.threadline.store.Store;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What the workbench's routes share: the case store (which checks and audits every access), the
 * data home (blobs, chain), the page renderer, sessions, sign-in throttling and password hashing.
 *
 * @param secureCookies mark cookies {@code Secure} even on plain HTTP (behind a TLS-terminating proxy)
 */
public record Services(
    Store store,
    Path home,
    Pages pages,
    SessionStore sessions,
    LoginThrottle throttle,
    PasswordHasher hasher,
    Clock clock,
    IndicatorCatalog indicators,
    CityCoordinates cities,
    ChainLookups chain,
    Renditions renditions,
    boolean secureCookies) {}
