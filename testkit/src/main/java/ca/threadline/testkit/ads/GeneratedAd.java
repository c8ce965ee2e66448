package ca.threadline.testkit.ads;

import java.util.List;
import java.util.Objects;

/**
 * A synthetic ad with its exact ground truth.
 *
 * @param id unique within a generator run ({@code g<seed>-<n>})
 * @param lang {@code en}, {@code fr} or {@code mixed} (both languages in substantive lines)
 * @param kind {@code escort} or {@code job}
 * @param gold selectors an extractor must find, one entry per (type, value)
 * @param optional selectors an extractor may find without penalty (bare rate sheets, amounts in
 *     job ads, URLs written without a scheme, "18+", airport codes)
 * @param indicators indicator codes planted (sorted): sex-trafficking {@code trustworthy_language,
 *     youth_language, ethnicity_stated, emoji_code, third_person_language, multiple_providers,
 *     available_24_7, no_restrictions, movement_language, obscured_phone}; forced-labour
 *     {@code recruitment_fee, document_retention, housing_deduction, worker_pays_travel,
 *     lmia_for_sale, messaging_app_only, no_permit_needed, cash_only_pay, excessive_hours,
 *     delayed_or_withheld_pay, deceptive_offer, urgency}
 * @param decoys kinds of decoys planted (sorted): text that must NOT yield a selector or an
 *     indicator: {@code postal_code, price, date, time, measurement, street_number, order_number,
 *     seven_digit, invalid_nanp, invalid_btc, invalid_eth, age_like_24_7, age_like_18_plus,
 *     years_experience, city_as_name} ("Hi I'm Victoria"), {@code province_name} ("partout au
 *     Québec"), and {@code negated_<code>} for negated or harmless mentions of an
 *     indicator's subject ("no fees ever", "vous gardez votre passeport")
 */
public record GeneratedAd(
    String id,
    String lang,
    String kind,
    String text,
    List<GoldSelector> gold,
    List<GoldSelector> optional,
    List<String> indicators,
    List<String> decoys) {
  public GeneratedAd {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    gold = List.copyOf(gold);
    optional = List.copyOf(optional);
    indicators = List.copyOf(indicators);
    decoys = List.copyOf(decoys);
  }
}
