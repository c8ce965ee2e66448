package ca.threadline.extract.indicator;

import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.core.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Hand-written cases for every indicator code, in English and French: texts that must fire the
 * code ({@code fires}) and negations or decoys that must not. Selectors are built by hand (the
 * phone, e-mail and location finders are tested elsewhere); all numbers are fictional 555-01XX.
 */
final class IndicatorCases {
  /** One case: does {@code code} fire on {@code text} (with {@code selectors})? */
  record Case(String code, String lang, boolean fires, String text, List<Selector> selectors, String why) {
    @Override
    public String toString() {
      return (fires ? "fires " : "silent ") + code + " [" + lang + "] " + why;
    }
  }

  private IndicatorCases() {}

  static final List<Case> ALL = build();

  private static List<Case> build() {
    List<Case> c = new ArrayList<>();
    // ---- sex trafficking: validated ----
    c.add(yes("trustworthy_language", "en", "Mia 24yo incall downtown, 100% real pics, no games", "real pics"));
    c.add(yes("trustworthy_language", "en", "Sweet Nikki, 26 y/o, verified and discreet, outcall only", "verified"));
    c.add(yes("trustworthy_language", "fr", "Jessie 23 ans, vraies photos, je reçois à Laval", "vraies photos"));
    c.add(yes("trustworthy_language", "fr", "Douce et sérieuse, 29 ans, rendez-vous seulement", "sérieuse"));
    c.add(no("trustworthy_language", "en", "Mia 24yo incall downtown, text me", "nothing about trust"));
    c.add(no("trustworthy_language", "en", "Professional cleaners wanted, $19/hr, weekdays", "job ad: escort signs are not read"));
    c.add(no("trustworthy_language", "fr", "Entreprise fiable recherche des préposés à l'entretien, 20 $ de l'heure", "job ad"));

    c.add(new Case("obscured_phone", "en", true, "Amber 23yo incall 🌸 four one six five five five zero one nine nine",
        List.of(phone("four one six five five five zero one nine nine", "Amber 23yo incall 🌸 four one six five five five zero one nine nine", "number_words")), "number words"));
    c.add(new Case("obscured_phone", "fr", true, "Léa 22 ans, je reçois. HUIT SEPT TROIS / CINQ CINQ CINQ / ZÉRO UN SEPT NEUF",
        List.of(phone("HUIT SEPT TROIS / CINQ CINQ CINQ / ZÉRO UN SEPT NEUF", "Léa 22 ans, je reçois. HUIT SEPT TROIS / CINQ CINQ CINQ / ZÉRO UN SEPT NEUF", "number_words", "separators")), "French number words"));
    c.add(new Case("obscured_phone", "en", false, "Amber 23yo incall, call 416-555-0199",
        List.of(phone("416-555-0199", "Amber 23yo incall, call 416-555-0199")), "plain number"));
    c.add(new Case("obscured_phone", "en", false, "Farm workers wanted, call 4 1 6 5 5 5 0 1 9 9",
        List.of(phone("4 1 6 5 5 5 0 1 9 9", "Farm workers wanted, call 4 1 6 5 5 5 0 1 9 9", "spaced_digits")), "job ad: not the escort-ad predictor"));

    c.add(yes("youth_language", "en", "Sweet and young, 19yo, outcall to your hotel", "young"));
    c.add(yes("youth_language", "en", "Barely legal babe, 18yo, incall", "barely legal"));
    c.add(yes("youth_language", "fr", "Petite jeune de 19 ans, je reçois", "petite jeune"));
    c.add(yes("youth_language", "fr", "Toute fraîche, 20 ans, discrète, je reçois", "toute fraîche"));
    c.add(no("youth_language", "en", "Mia 19yo incall downtown", "a stated age is not youth language (not predictive in the study)"));
    c.add(no("youth_language", "en", "Young dynamic team hiring warehouse staff, $19/hr", "job ad"));

    c.add(yes("ethnicity_stated", "en", "Sexy latina 25yo incall downtown", "latina"));
    c.add(yes("ethnicity_stated", "en", "Ebony goddess, 28 y/o, outcall", "ebony"));
    c.add(yes("ethnicity_stated", "fr", "Belle métisse 26 ans, je reçois", "métisse"));
    c.add(yes("ethnicity_stated", "fr", "Asiatique douce, 24 ans, massage et plus", "asiatique"));
    c.add(no("ethnicity_stated", "en", "Black lingerie and red heels, 25yo incall", "a colour, not a person"));
    c.add(no("ethnicity_stated", "en", "Cooks wanted for our Indian restaurant kitchen, $18/hr", "job ad"));

    // ---- sex trafficking: weak and practice ----
    c.add(yes("emoji_code", "en", "Candy 22yo 🍒🌹 incall", "cherry and rose"));
    c.add(yes("emoji_code", "fr", "Léa 22 ans 👑 je reçois ✈️ je me déplace", "crown, airplane"));
    c.add(no("emoji_code", "fr", "💕 Léa 22 ans, je reçois 💋", "ordinary hearts and kisses"));

    c.add(yes("third_person_language", "en", "She is 23yo and loves to party, incall", "she is"));
    c.add(yes("third_person_language", "en", "This beauty is 22 y/o, outcall only", "this beauty"));
    c.add(yes("third_person_language", "fr", "Elle est douce et coquine, 23 ans, reçoit chez elle", "elle est"));
    c.add(no("third_person_language", "fr", "Elle 💋 23 ans, je reçois", "Elle as a name"));

    c.add(yes("multiple_providers", "en", "Two girls available tonight, incall, 22yo and 24yo", "two girls"));
    c.add(yes("multiple_providers", "fr", "Plusieurs filles disponibles ce soir, je reçois, 22 ans", "plusieurs filles"));
    c.add(no("multiple_providers", "en", "Just me, Kiki, 25yo incall", "one provider"));

    c.add(yes("available_24_7", "en", "Kiki 25yo incall 24/7", "24/7"));
    c.add(yes("available_24_7", "fr", "Disponible jour et nuit, 25 ans, je reçois", "jour et nuit"));
    c.add(no("available_24_7", "en", "Call centre agents wanted, customer service 24/7, $18/hr", "job ad: 24/7 service"));
    c.add(no("available_24_7", "fr", "Agents recherchés, service à la clientèle 24/7, 19 $ de l'heure", "job ad"));
    c.add(no("available_24_7", "en", "Kiki 25yo incall, our customer service 24/7 line", "service wording suppressed"));

    c.add(yes("no_restrictions", "en", "Anything goes, 26yo incall", "anything goes"));
    c.add(yes("no_restrictions", "fr", "Sans tabou, 26 ans, je reçois", "sans tabou"));
    c.add(no("no_restrictions", "en", "Respect my limits, 26yo incall", "limits respected"));

    c.add(yes("risky_services", "en", "bbfs available, 23yo incall", "bbfs"));
    c.add(yes("risky_services", "fr", "Sans condom pour toi, 23 ans, je reçois", "sans condom"));
    c.add(no("risky_services", "en", "Safe play only, 23yo incall", "safe"));

    c.add(yes("movement_language", "en", "New in town 💋 22yo outcall", "new in town"));
    c.add(yes("movement_language", "en", "Leaving soon! 24yo incall, limited time", "leaving soon"));
    c.add(yes("movement_language", "fr", "Nouvelle en ville, 22 ans, je reçois", "nouvelle en ville"));
    c.add(yes("movement_language", "fr", "De passage à Sherbrooke, 27 ans, en tournée", "de passage"));
    c.add(no("movement_language", "en", "Living in Toronto for years, 30yo incall", "settled"));

    // ---- forced labour ----
    c.add(yes("recruitment_fee", "en", "Farm workers wanted. Recruitment fee $2,000 before arrival.", "recruitment fee"));
    c.add(yes("recruitment_fee", "en", "Drivers needed, pay a small fee to apply", "pay a fee"));
    c.add(yes("recruitment_fee", "fr", "Ouvriers agricoles recherchés, frais de recrutement 1 500 $", "frais de recrutement"));
    c.add(yes("recruitment_fee", "fr", "Travailleurs recherchés, frais de dossier 300 $ à payer avant le départ", "frais de dossier"));
    c.add(no("recruitment_fee", "en", "Farm workers wanted. No recruitment fee.", "negation"));
    c.add(no("recruitment_fee", "en", "Farm workers wanted, we never charge fees to workers", "negation"));
    c.add(no("recruitment_fee", "en", "Greenhouse workers needed, all fees paid by the employer", "suppressor"));
    c.add(no("recruitment_fee", "en", "Warehouse staff needed, free of charge recruitment", "free of charge"));
    c.add(no("recruitment_fee", "fr", "Travailleurs recherchés, recrutement sans frais", "sans frais"));
    c.add(no("recruitment_fee", "fr", "Ouvriers recherchés, aucuns frais de recrutement", "negation"));
    c.add(no("recruitment_fee", "en", "Mia 24yo incall, no extra fees", "escort ad"));

    c.add(yes("document_retention", "en", "Farm workers wanted. We hold passports during the contract.", "we hold passports"));
    c.add(yes("document_retention", "en", "Cleaners needed, passports will be kept by the agency", "passive"));
    c.add(yes("document_retention", "fr", "Préposés recherchés, passeport gardé par l'agence", "passeport gardé"));
    c.add(yes("document_retention", "fr", "Ouvriers recherchés, l'employeur garde vos papiers", "l'employeur garde"));
    c.add(no("document_retention", "en", "Farm workers wanted, you keep your passport and permit at all times", "the worker keeps it"));
    c.add(no("document_retention", "en", "Farm workers wanted, we never hold passports", "negated"));
    c.add(no("document_retention", "en", "Cleaners needed, passports are kept by workers themselves", "suppressor"));
    c.add(no("document_retention", "fr", "Ouvriers recherchés, vous gardez votre passeport", "vous gardez"));

    c.add(yes("housing_deduction", "en", "Farm labourers needed. Housing $550/month from pay.", "over the $30/week cap"));
    c.add(yes("housing_deduction", "en", "Greenhouse workers wanted. Housing and transport deducted from pay.", "explicit phrase"));
    c.add(yes("housing_deduction", "en", "Cleaners wanted, $16/hr. Room $300/week.", "over 30% of implied income"));
    c.add(yes("housing_deduction", "fr", "Cueilleurs recherchés. Logement 120$/semaine retenu sur la paie.", "au-delà du plafond"));
    c.add(yes("housing_deduction", "fr", "Ouvriers agricoles, transport 20 $ par jour retenu sur la paie", "transport charged on a farm"));
    c.add(no("housing_deduction", "en", "Farm workers wanted. Housing $25/week.", "within the cap"));
    c.add(no("housing_deduction", "en", "Greenhouse workers needed, free housing provided", "free"));
    c.add(no("housing_deduction", "en", "Cleaners wanted $18/hr. Room $150/week.", "within 30% of income"));
    c.add(no("housing_deduction", "fr", "Cueilleurs recherchés, logement gratuit sur la ferme", "gratuit"));
    c.add(no("housing_deduction", "en", "Cleaners wanted. Rent $900/month.", "non-farm, no wage stated"));

    c.add(yes("worker_pays_travel", "en", "Farm workers wanted, you pay your own flight", "pay your own flight"));
    c.add(yes("worker_pays_travel", "en", "Drivers needed. Airfare at your own expense.", "at your own expense"));
    c.add(yes("worker_pays_travel", "fr", "Billet d'avion à vos frais, travailleurs agricoles recherchés", "à vos frais"));
    c.add(no("worker_pays_travel", "en", "Farm workers wanted, employer pays your flight", "employer pays"));
    c.add(no("worker_pays_travel", "en", "Farm workers wanted, we will pay your airfare both ways", "we pay"));
    c.add(no("worker_pays_travel", "fr", "Travailleurs agricoles recherchés, billet d'avion payé par l'employeur", "payé par l'employeur"));

    c.add(yes("lmia_for_sale", "en", "LMIA for sale, truck driver positions", "for sale"));
    c.add(yes("lmia_for_sale", "en", "Truck drivers. LMIA ready. Fee payable in BTC.", "ready + a fee"));
    c.add(yes("lmia_for_sale", "fr", "EIMT à vendre, postes de camionneurs", "à vendre"));
    c.add(yes("lmia_for_sale", "fr", "Cueilleurs de pommes, frais d'EIMT 3 000 $", "frais d'EIMT"));
    c.add(no("lmia_for_sale", "en", "LMIA approved position, $24/hr, truck drivers wanted", "lawful LMIA job"));
    c.add(no("lmia_for_sale", "en", "Truck drivers wanted, the LMIA fee is paid by the employer", "suppressor"));
    c.add(no("lmia_for_sale", "fr", "Poste avec EIMT approuvée, 25 $ de l'heure, camionneurs recherchés", "EIMT approuvée sans frais"));

    c.add(yes("no_employer_name", "en", "Truck drivers wanted – Gatineau\nCall us", "no name"));
    c.add(yes("no_employer_name", "fr", "Camionneurs recherchés – Moncton\nTexto seulement", "aucun nom"));
    c.add(no("no_employer_name", "en", "Maple Ridge Farms Inc. is hiring apple pickers", "named"));
    c.add(no("no_employer_name", "en", "Company: Northline Logistics. Drivers wanted.", "labelled"));
    c.add(no("no_employer_name", "fr", "Ferme Tremblay embauche des cueilleurs", "ferme + nom"));
    c.add(new Case("no_employer_name", "en", false, "Drivers wanted, apply at jobs@northlinefreight.ca",
        List.of(sel(SelectorType.EMAIL, "jobs@northlinefreight.ca", "Drivers wanted, apply at jobs@northlinefreight.ca", "jobs@northlinefreight.ca")), "employer domain"));

    String wa = "Farm workers needed, WhatsApp 226-555-0132";
    c.add(new Case("messaging_app_only", "en", true, wa, List.of(phone("226-555-0132", wa)), "WhatsApp number only"));
    String tg = "Travailleurs agricoles recherchés, contact Telegram @fermejobs";
    c.add(new Case("messaging_app_only", "fr", true, tg, List.of(sel(SelectorType.HANDLE, "telegram:fermejobs", tg, "@fermejobs")), "Telegram seulement"));
    String waEmail = "Farm workers needed, WhatsApp 226-555-0132 or hr@greenfields.ca";
    c.add(new Case("messaging_app_only", "en", false, waEmail,
        List.of(phone("226-555-0132", waEmail), sel(SelectorType.EMAIL, "hr@greenfields.ca", waEmail, "hr@greenfields.ca")), "e-mail too"));
    String twoPhones = "Farm workers needed, WhatsApp 226-555-0132\nOffice: 519-555-0144";
    c.add(new Case("messaging_app_only", "en", false, twoPhones,
        List.of(phone("226-555-0132", twoPhones), phone("519-555-0144", twoPhones)), "an office phone too"));

    String on = "Cleaners wanted in Toronto, $13/hr";
    c.add(new Case("wage_below_minimum", "en", true, on, List.of(sel(SelectorType.LOCATION, "Toronto, ON", on, "Toronto")), "13 < 17.60 (ON)"));
    c.add(yes("wage_below_minimum", "en", "Dishwashers wanted in Alberta, $13 an hour", "province named in text (AB 15.00)"));
    String qc = "Plongeurs recherchés à Lévis, 12 $ de l'heure";
    c.add(new Case("wage_below_minimum", "fr", true, qc, List.of(sel(SelectorType.LOCATION, "Lévis, QC", qc, "Lévis")), "12 < 16.10 (QC)"));
    String ok = "Cleaners wanted in Toronto, $18/hr";
    c.add(new Case("wage_below_minimum", "en", false, ok, List.of(sel(SelectorType.LOCATION, "Toronto, ON", ok, "Toronto")), "above minimum"));
    c.add(no("wage_below_minimum", "en", "Cleaners wanted, $13/hr", "province unknown"));
    String range = "Cleaners wanted in Toronto, $15-18/hr";
    c.add(new Case("wage_below_minimum", "en", false, range, List.of(sel(SelectorType.LOCATION, "Toronto, ON", range, "Toronto")), "range: its high end is lawful"));

    c.add(yes("no_permit_needed", "en", "No work permit needed, cleaners wanted", "no work permit needed"));
    c.add(yes("no_permit_needed", "fr", "Ménage, pas de permis requis, payé chaque semaine", "pas de permis requis"));
    c.add(no("no_permit_needed", "fr", "Chauffeurs recherchés, pas besoin de permis de conduire", "driving licence"));
    c.add(no("no_permit_needed", "en", "Cleaners wanted, valid work permit required", "permit required"));

    c.add(yes("cash_only_pay", "en", "Construction helpers, $17/hr cash", "cash"));
    c.add(yes("cash_only_pay", "fr", "Préposés recherchés, payé comptant chaque vendredi", "payé comptant"));
    c.add(no("cash_only_pay", "en", "Warehouse workers, no cash payments, direct deposit only", "negated"));
    c.add(no("cash_only_pay", "en", "Mia 24yo incall, cash only", "escort ad"));

    c.add(yes("excessive_hours", "en", "Live-in nanny wanted, no days off", "no days off"));
    c.add(yes("excessive_hours", "en", "Farm workers, 12h/day, 7 days a week", "12h/day"));
    c.add(yes("excessive_hours", "fr", "Ouvriers recherchés, 7 jours sur 7, 12 heures par jour", "7 jours sur 7"));
    c.add(no("excessive_hours", "en", "Warehouse staff, 8 hours a day, weekends off", "ordinary hours"));
    c.add(no("excessive_hours", "fr", "Préposés, 8 heures par jour, fins de semaine libres", "ordinary hours"));

    c.add(yes("delayed_or_withheld_pay", "en", "Live-in nanny, pay every 2 months", "every 2 months"));
    c.add(yes("delayed_or_withheld_pay", "fr", "Cueilleurs recherchés, payé à la fin de la saison", "fin de la saison"));
    c.add(no("delayed_or_withheld_pay", "en", "Warehouse staff, paid every two weeks by direct deposit", "normal pay period"));
    c.add(no("delayed_or_withheld_pay", "en", "Farm workers, no unpaid trial, paid weekly", "negated"));

    c.add(yes("deceptive_offer", "en", "Free visa! Farm jobs in Canada for everyone", "free visa"));
    c.add(yes("deceptive_offer", "en", "Drivers wanted, no experience needed, high pay", "no experience + high pay"));
    c.add(yes("deceptive_offer", "fr", "Visa gratuit et emploi garanti au Canada, travailleurs recherchés", "visa gratuit"));
    c.add(yes("deceptive_offer", "fr", "Ouvriers recherchés, sans expérience, salaire élevé", "sans expérience + salaire élevé"));
    c.add(no("deceptive_offer", "en", "Drivers wanted, no experience needed, training provided", "ordinary"));
    c.add(no("deceptive_offer", "en", "Drivers wanted, high pay for experienced drivers", "high pay needs no-experience"));

    c.add(yes("urgency", "en", "URGENT: farm workers needed, leave next week", "urgent"));
    c.add(yes("urgency", "fr", "Départ la semaine prochaine, travailleurs agricoles recherchés", "départ la semaine prochaine"));
    c.add(no("urgency", "en", "Farm workers needed for the summer season, apply by May", "no pressure"));

    c.add(yes("debt_repayment", "en", "Drivers wanted, training cost deducted from your pay", "training cost deducted"));
    c.add(yes("debt_repayment", "fr", "Camionneurs, formation 5 500 $ remboursée sur la paie", "remboursée sur la paie"));
    c.add(no("debt_repayment", "en", "Drivers wanted, paid training provided", "paid training"));

    c.add(yes("no_language_required", "en", "No English needed, farm workers wanted", "no English needed"));
    c.add(yes("no_language_required", "fr", "Pas besoin de parler français, ouvriers recherchés", "pas besoin de parler français"));
    c.add(no("no_language_required", "en", "Farm workers wanted, basic English required", "language required"));

    c.add(yes("restricted_movement", "en", "Workers live on the farm, curfew at 9pm", "curfew"));
    c.add(yes("restricted_movement", "fr", "Travailleurs logés sur la ferme, couvre-feu à 21 h", "couvre-feu"));
    c.add(no("restricted_movement", "en", "Farm workers wanted, no curfew, free to come and go", "negated"));
    // ---- more phrasings of the same signs (written for these tests) ----
    c.add(yes("recruitment_fee", "en", "Cleaners wanted. Send $300 to secure your spot.", "pay to secure a place"));
    c.add(yes("recruitment_fee", "fr", "Ouvriers recherchés. Envoyez 200 $ pour confirmer votre place.", "payer pour confirmer"));
    c.add(no("recruitment_fee", "en", "Drivers wanted. We do not charge workers any fee.", "suppressor: we do not charge"));
    c.add(yes("document_retention", "en", "Farm workers: turn in your passport to the office on day one", "turn in your passport"));
    c.add(yes("document_retention", "fr", "Ouvriers recherchés. Vos papiers seront gardés par l'employeur.", "seront gardés"));
    c.add(yes("document_retention", "fr", "Journaliers recherchés. Déposez votre passeport au bureau.", "déposez votre passeport"));
    c.add(yes("worker_pays_travel", "en", "Greenhouse jobs. Flights paid by the workers.", "paid by the workers"));
    c.add(yes("worker_pays_travel", "en", "Farm workers wanted. Book your own flight to Toronto.", "book your own flight"));
    c.add(yes("worker_pays_travel", "fr", "Ouvriers recherchés. Le billet d'avion est payé par le candidat.", "payé par le candidat"));
    c.add(yes("lmia_for_sale", "en", "Welders wanted. LMIA available for $9,000.", "LMIA for a price"));
    c.add(yes("lmia_for_sale", "en", "Truck drivers: job offer and LMIA package", "package"));
    c.add(yes("lmia_for_sale", "fr", "Soudeurs recherchés. EIMT disponible pour 8 000 $.", "EIMT pour un prix"));
    c.add(no("lmia_for_sale", "en", "Welders wanted. LMIA available for 3 positions.", "a count, not a price"));
    c.add(yes("no_permit_needed", "fr", "Ménage. Papiers non requis.", "papiers non requis"));
    c.add(yes("no_permit_needed", "fr", "Journaliers recherchés, aucun permis demandé", "aucun permis demandé"));
    c.add(yes("excessive_hours", "en", "Pickers needed, 65-hour weeks in peak season", "65-hour weeks"));
    c.add(yes("excessive_hours", "fr", "Cueilleurs recherchés, semaines de 72 heures", "semaines de 72 heures"));
    c.add(yes("delayed_or_withheld_pay", "en", "Farm workers: first paycheque after 2 months", "first pay after months"));
    c.add(yes("delayed_or_withheld_pay", "fr", "Ouvriers agricoles. Première paie après deux mois.", "première paie après deux mois"));
    c.add(yes("delayed_or_withheld_pay", "fr", "Cueilleurs recherchés. Paie à la fin de la récolte.", "fin de la récolte"));
    c.add(yes("deceptive_offer", "en", "Drivers wanted. Make $1,500 a week, no experience needed.", "earn + no experience"));
    c.add(yes("deceptive_offer", "en", "Cleaners wanted. Easy work, guaranteed income.", "easy work"));
    c.add(yes("deceptive_offer", "fr", "Ouvriers recherchés. Gagnez 1 200 $ par semaine, aucune expérience requise.", "gagnez + sans expérience"));
    c.add(yes("deceptive_offer", "fr", "Préposés recherchés. Travail facile, revenu garanti.", "travail facile"));
    c.add(no("deceptive_offer", "en", "Drivers wanted. Make $1,500 a week, 5 years experience required.", "pay for experience is ordinary"));
    c.add(yes("urgency", "en", "Pickers needed. Only a few places left.", "few places left"));
    c.add(yes("urgency", "en", "Farm workers wanted, the bus leaves Friday", "bus leaves Friday"));
    c.add(yes("urgency", "fr", "Journaliers recherchés, commencez demain", "commencez demain"));
    c.add(yes("urgency", "fr", "Cueilleurs recherchés. Départ lundi.", "départ lundi"));
    c.add(yes("trustworthy_language", "en", "Great reviews, 25yo incall", "reviews"));
    c.add(yes("trustworthy_language", "fr", "100% réelle, 24 ans, je reçois", "100% réelle"));
    c.add(yes("trustworthy_language", "fr", "Excellentes références, 27 ans, je reçois", "références"));
    c.add(yes("youth_language", "fr", "Visage de bébé, 19 ans, je reçois", "visage de bébé"));
    c.add(yes("third_person_language", "en", "Our lovely Tia is waiting for you, 23yo incall", "our lovely Tia"));
    c.add(yes("third_person_language", "en", "Call to book her tonight, 22yo outcall", "book her"));
    c.add(yes("third_person_language", "fr", "Notre douce Julie vous attend, 24 ans", "notre douce"));
    c.add(yes("third_person_language", "fr", "Réservez-la ce soir, 22 ans, discrète", "réservez-la"));
    c.add(no("third_person_language", "en", "I'm waiting for you, 23yo incall", "first person"));
    c.add(no("third_person_language", "fr", "Je t'attends ce soir, 22 ans", "première personne"));
    c.add(yes("multiple_providers", "en", "Three ladies on site tonight, incall", "three ladies"));
    c.add(yes("multiple_providers", "en", "Ask about my girlfriend, 24yo incall", "my girlfriend"));
    c.add(yes("multiple_providers", "en", "Mia & Zoe together, 22yo incall", "two names together"));
    c.add(yes("multiple_providers", "fr", "Trois belles sur place, je reçois", "trois belles"));
    c.add(yes("multiple_providers", "fr", "Demandez pour ma copine, 23 ans, je reçois", "ma copine"));
    c.add(no("multiple_providers", "en", "Come and play together, 24yo incall", "suppressor"));
    c.add(yes("movement_language", "en", "Next stop: Ottawa! 24yo incall", "next stop"));
    c.add(yes("movement_language", "fr", "Prochain arrêt : Québec, 24 ans", "prochain arrêt"));
    c.add(yes("movement_language", "fr", "Pour peu de temps, 23 ans, je reçois", "pour peu de temps"));
    c.add(yes("housing_deduction", "en", "Cleaners wanted. Room $600/month deducted from your pay.", "deducted beyond $30/week"));
    c.add(yes("housing_deduction", "fr", "Préposés recherchés. Chambre 500 $ par mois prélevée sur le salaire.", "prélevée au-delà du plafond"));
    c.add(no("housing_deduction", "en", "Cleaners wanted. Room $100/month deducted from pay.", "under $30/week"));
    c.add(no("recruitment_fee", "en", "Warehouse staff, paid by direct deposit of your wages every two weeks", "direct deposit is pay, not a deposit"));
    c.add(no("recruitment_fee", "en", "Drivers wanted. Fee: none.", "fee: none"));
    c.add(no("deceptive_offer", "en", "Cooks wanted. Make $600 a week, no experience needed.", "an ordinary wage"));
    c.add(no("youth_language", "en", "Mature lady, young at heart, 45yo incall, fresh towels", "young at heart, fresh towels"));
    c.add(no("youth_language", "fr", "Femme mûre, jeune de cœur, 48 ans, douche fraîche", "jeune de cœur"));
    c.add(no("trustworthy_language", "en", "Respectful gentlemen only, 30yo incall", "describes clients (screening, not predictive)"));
    c.add(no("ethnicity_stated", "en", "Thai massage and relaxation, incall, 35yo", "a massage technique"));
    c.add(yes("ethnicity_stated", "en", "Thai beauty, 24yo incall", "thai as the provider"));
    return List.copyOf(c);
  }

  private static Case yes(String code, String lang, String text, String why) {
    return new Case(code, lang, true, text, List.of(), why);
  }

  private static Case no(String code, String lang, String text, String why) {
    return new Case(code, lang, false, text, List.of(), why);
  }

  /** A phone selector over {@code written} inside {@code text}, with obfuscation tags. */
  static Selector phone(String written, String text, String... obfuscation) {
    int at = text.indexOf(written);
    if (at < 0) {
      throw new IllegalArgumentException(written + " not in " + text);
    }
    String digits = written.replaceAll("\\D", "");
    String e164 = "+1" + (digits.length() == 10 ? digits : "4165550199");
    return new Selector(SelectorType.PHONE, e164, new Span(at, at + written.length()), Arrays.asList(obfuscation), null);
  }

  static Selector sel(SelectorType type, String value, String text, String written) {
    int at = text.indexOf(written);
    if (at < 0) {
      throw new IllegalArgumentException(written + " not in " + text);
    }
    return new Selector(type, value, new Span(at, at + written.length()));
  }
}
