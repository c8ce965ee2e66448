package ca.threadline.extract.age;

import java.util.Map;
import java.util.Set;

/**
 * Words around a number that tell an age statement from a duration or a requirement, in English
 * and French: "depuis 10 ans", "for 20 years", "20 ans d'expérience", "18 ans et plus", "age 18+"
 * and "must be 18 or older" are not the age of the person advertised.
 */
final class AgeWords {
  /** A word right before the number that makes "N ans"/"N years" a duration or a bound. */
  static final Set<String> DURATION_BEFORE =
      Set.of("depuis", "pendant", "durant", "a", "dans", "pour", "apres", "avant", "en", "sur", "plus", "moins",
          "tous", "les", "ces", "mes", "nos", "vos", "aux", "au", "entre", "et", "ou", "jusqu", "max", "maximum",
          "minimum", "min", "sous", "over", "under", "for", "since", "past", "last", "next", "than", "within",
          "after", "before", "of", "with", "in", "the", "those", "these", "many", "few", "several", "some",
          "every", "each", "first", "des", "d", "l", "to", "and", "or", "least", "le", "la", "un", "une", "de",
          "ages", "aged", "between", "from");

  /** Nouns that make "de N ans" an age: "une femme de 25 ans", "étudiante de 21 ans". */
  static final Set<String> PERSON_BEFORE_DE =
      Set.of("femme", "fille", "jeune", "etudiante", "etudiant", "homme", "gars", "beaute", "brunette", "blonde",
          "rousse", "latina", "asiatique", "noire", "mannequin", "escorte", "demoiselle", "dame", "maman",
          "milf", "belle", "coquine", "petite", "poupee", "bombe", "quebecoise", "francaise", "colombienne",
          "bresilienne", "russe", "ukrainienne", "africaine", "haitienne", "mexicaine", "asiat", "masseuse",
          "femmes", "filles", "cougar", "princesse", "chaudasse", "cochonne", "metisse", "arabe", "libanaise",
          // adjectives that end the description of a person: "femme mûre de 38 ans", "jolie de 22 ans"
          "mure", "mature", "jolie", "sexy", "sensuelle", "superbe", "magnifique", "charmante", "douce", "ronde",
          "pulpeuse", "sportive", "mince", "grande", "discrete", "latine", "exotique", "naturelle", "ebene",
          "canadienne", "italienne", "espagnole", "portugaise", "roumaine", "polonaise");

  /** A word right after "ans"/"years"/the labelled number that makes it a duration or a bound. */
  static final Set<String> REJECT_AFTER =
      Set.of("d", "de", "du", "des", "dans", "plus", "minimum", "min", "max", "maximum", "requis", "requise",
          "revolus", "revolu", "passes", "exp", "experience", "ago", "of", "in", "with", "at", "to", "a",
          "required", "only", "over", "older", "under", "up", "pour", "chez", "avec", "en", "sur", "au", "aux",
          "depuis", "que", "qui", "later", "working", "as", "from", "before", "after", "since", "mois");

  /** A word right after the number that makes it a bound: "18 minimum", "18 ans requis". */
  static final Set<String> BOUND_AFTER =
      Set.of("minimum", "min", "max", "maximum", "requis", "requise", "required", "revolus", "revolu", "older",
          "over", "plus", "up", "younger", "under");

  /** After "and"/"or"/"et"/"ou": these make the number a bound ("18 and over", "18 ans et plus"). */
  static final Set<String> BOUND_AFTER_CONJUNCTION =
      Set.of("up", "over", "older", "more", "above", "plus", "moins", "under", "younger", "less");

  /** Words shortly before the number that make it a requirement: "must be", "at least", "minimum". */
  static final Set<String> REQUIREMENT_BEFORE =
      Set.of("minimum", "min", "maximum", "max", "must", "least", "doit", "doivent", "requis", "required",
          "majeur", "majeure", "majeurs", "legal", "over", "under", "moins");

  /**
   * Words shortly before "N years"/"N ans" that make it a length of time: "Experience: 20 years",
   * "in business 15 years", "mariée depuis… 20 ans".
   */
  static final Set<String> DURATION_CONTEXT =
      Set.of("experience", "experienced", "exp", "business", "industry", "working", "worked", "service",
          "career", "married", "together", "contract", "contrat", "emploi", "metier", "depuis", "since",
          "pendant", "durant", "anciennete", "garantie", "warranty", "guarantee", "duree", "duration");

  /** Before "age": "minimum age 18", "legal age 18". */
  static final Set<String> NOT_OWN_AGE_BEFORE =
      Set.of("minimum", "min", "max", "maximum", "legal", "required", "drinking", "retirement", "limit",
          "average", "mean", "moyen", "moyenne", "requis", "l", "d");

  static final Map<String, Integer> EN_UNITS =
      Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9);
  static final Map<String, Integer> EN_TENS =
      Map.of("sixteen", 16, "seventeen", 17, "eighteen", 18, "nineteen", 19, "twenty", 20, "thirty", 30,
          "forty", 40, "fifty", 50, "sixty", 60);
  static final Map<String, Integer> FR_UNITS =
      Map.of("un", 1, "une", 1, "deux", 2, "trois", 3, "quatre", 4, "cinq", 5, "six", 6, "sept", 7, "huit", 8,
          "neuf", 9);
  static final Map<String, Integer> FR_TENS =
      Map.of("seize", 16, "dix-sept", 17, "dix-huit", 18, "dix-neuf", 19, "vingt", 20, "trente", 30,
          "quarante", 40, "cinquante", 50, "soixante", 60);

  private AgeWords() {}
}
