package ca.threadline.app.demo;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code threadline demo} built, for whoever shows it next: the workbench (started by the
 * demo unless {@code --no-serve}) signs in with {@link #users()} on the store under {@link #home()}
 * and opens case {@link #caseName()}.
 *
 * @param users the demo's accounts with their one-time passwords (printed once, kept nowhere)
 * @param dossierPdf {@code null} when Chromium is not installed
 */
public record DemoResult(
    Path home,
    String caseName,
    List<DemoUser> users,
    Path adsFile,
    Path report,
    Path dossierHtml,
    Path dossierPdf,
    String largestNetwork,
    int documents,
    int networks,
    double seconds) {}
