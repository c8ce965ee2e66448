package ca.threadline.extract.geo;

/**
 * One written form of a {@link Place} as the gazetteer indexes it.
 *
 * @param key folded, space-joined tokens ("st john s"), see {@link Gazetteer#key}
 * @param needsQualifier the form is also a common word or a province ("Delta", "Québec"): only a
 *     place with a province after it or a city cue ("ville de", "city of", "à") before it
 * @param personName the form is also a given name ("Victoria", "Regina"): not a place when the
 *     text introduces a person by it ("I'm Victoria", "Victoria 25yo")
 * @param exactCase when not {@code null}, the form counts only written exactly so (periods
 *     ignored): airport codes "YYZ", "T.O."
 * @param provinceHomonym the form is also a province's name ("Québec"): the city, unless the
 *     words before it make it the province ("au Québec", "in Quebec")
 */
public record Alias(Place place, String key, boolean needsQualifier, boolean personName, String exactCase,
    boolean provinceHomonym) {}
