package ca.threadline.app.demo;

import java.time.Instant;
import java.util.List;

/**
 * One ad of the demo case with what the generators know about it.
 *
 * @param kind {@code escort} or {@code job}
 * @param operator the generator's operator label ({@code null} for job ads)
 * @param gold selector keys ({@code type:value}) planted in the text
 * @param images file names (relative to the ads file) of the ad's pictures
 */
record DemoAd(String id, String kind, String text, Instant postedAt, String city, String operator, List<String> gold, List<String> optional,
    List<String> images) {}
