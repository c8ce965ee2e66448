/**
 * Synthetic bilingual Canadian ads (escort ads and job ads, English, French, mixed) with
 * planted selectors, obfuscations, indicator phrases and decoys, and their exact ground truth.
 *
 * <p>Entry points: {@link ca.threadline.testkit.ads.AdGenerator} (seeded, deterministic),
 * {@link ca.threadline.testkit.ads.AdCorpusWriter} (JSON Lines), and the renderers other
 * generators reuse: {@link ca.threadline.testkit.ads.PhoneRenderer} (with the obfuscation tag
 * vocabulary of {@link ca.threadline.testkit.ads.PhoneObfuscation}),
 * {@link ca.threadline.testkit.ads.EmailRenderer} and
 * {@link ca.threadline.testkit.ads.HandleRenderer}.
 *
 * <p>Data ethics: no real person's data. Names are invented, phone numbers are in the fictional
 * {@code 555-0100}–{@code 555-0199} block on real Canadian area codes, e-mail addresses and
 * handles are built from invented names, crypto addresses come from seeded random keys, and the
 * tests check that no text holds a valid non-fictional phone number.
 */
package ca.threadline.testkit.ads;
