package ca.threadline.extract.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * libphonenumber at the {@code VALID} level (never {@code POSSIBLE}, which accepts junk such as
 * "+15550199" read out of "four1six 555 0199"; research/ads-anchors.md §6). Thread-safe:
 * {@link PhoneNumberUtil} is.
 *
 * <p>NANP numbers (ten national digits) are checked against Canada's metadata first (0.5 µs
 * measured) and only then against every NANP region (1-4 µs), since most numbers in Canadian ads
 * are Canadian. A cheap pre-check rejects what NANP forbids outright: an area code or exchange
 * starting with 0 or 1, such as "(022) 307-9801".
 */
final class PhoneValidator {
  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

  /** E.164 of the NANP number with these ten national digits, or null when not valid. */
  String nanp(CharSequence national) {
    if (national.length() != 10 || national.charAt(0) < '2' || national.charAt(3) < '2') {
      return null;
    }
    long n = Long.parseLong(national, 0, 10, 10);
    PhoneNumber number = new PhoneNumber().setCountryCode(1).setNationalNumber(n);
    if (util.isValidNumberForRegion(number, "CA") || util.isValidNumber(number)) {
      return "+1" + national;
    }
    return null;
  }

  /** E.164 of {@code "+" + digits} when it is a valid number of any country, else null. */
  String international(CharSequence digits) {
    if (digits.length() < 8 || digits.length() > 15) {
      return null;
    }
    try {
      PhoneNumber number = util.parse("+" + digits, "ZZ");
      if (util.isValidNumber(number)) {
        String e164 = util.format(number, PhoneNumberFormat.E164);
        // Only when every written digit is in the number (no dropped national prefix).
        return e164.length() == digits.length() + 1 ? e164 : null;
      }
    } catch (NumberParseException e) {
      // not a number: fall through
    }
    return null;
  }
}
