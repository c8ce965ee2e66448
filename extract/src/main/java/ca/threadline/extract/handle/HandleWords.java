package ca.threadline.extract.handle;

import java.util.Set;

/**
 * Words that follow a platform cue in prose ("snap pics", "insta famous", "kik me", "my snap is
 * private") and are therefore never taken as a user name, in English and French.
 */
final class HandleWords {
  static final Set<String> NOT_HANDLES =
      Set.of("me", "my", "mine", "on", "at", "is", "the", "and", "or", "for", "to", "of", "in", "with", "also",
          "too", "same", "as", "if", "a", "an", "your", "our", "it", "are", "was", "not", "no", "yes", "please",
          "pls", "plz", "info", "details", "more", "free", "vip", "premium", "subscribe", "sub", "fans", "fan",
          "et", "ou", "pour", "sur", "avec", "moi", "mon", "ma", "mes", "ici", "dispo", "disponible",
          "seulement", "uniquement", "juste", "aussi", "lien", "bio", "compte", "profil", "nom", "pseudo",
          "snap", "snaps", "insta", "instagram", "snapchat", "telegram", "twitter", "tiktok", "onlyfans", "kik",
          "facebook", "whatsapp", "signal", "text", "texto", "call", "appel", "email", "courriel", "mail",
          "phone", "cell", "number", "numero", "tel", "contact", "only", "private", "prive", "new", "nouveau",
          "nouvelle", "hot", "sexy", "real", "vrai", "photos", "photo", "pic", "pics", "video", "videos",
          "vids", "selfies", "nudes", "content", "contenu", "sexting", "show", "shows", "cam", "session",
          "sessions", "screening", "verification", "verify", "deposit", "depot", "here", "there", "now",
          "today", "tonight", "account", "acct", "user", "id", "handle", "username", "name", "link", "links",
          "page", "profile", "check", "follow", "add", "dm", "dms", "pm", "msg", "message", "messages",
          "inbox", "story", "stories", "reels", "live", "lives", "verified", "official", "famous",
          "followers", "friends", "chat", "ready", "model", "girl", "girls", "star", "influencer", "posts",
          "below", "above", "bellow", "down", "up", "first", "then", "before", "after", "available", "none",
          "requests", "request", "accepted", "welcome", "exclusive", "exclusif", "promo", "special",
          "deals", "menu", "rates", "prices", "tarifs", "book", "booking", "rdv", "de", "du", "le", "ask",
          "coming", "soon", "upon", "see", "marketplace", "messenger", "bientot",
          "la", "les", "des", "un", "une", "ce", "ca", "est", "c'est", "sont", "fb", "ig", "sc", "tg");

  /** Filler words between a cue and the name: "my insta is x", "snap me: x", "IG handle: x". */
  static final Set<String> FILLERS =
      Set.of("is", "est", "c'est", "me", "id", "handle", "username", "user", "name", "account", "acct", "page",
          "profile", "pseudo", "nom", "compte", "profil", "only", "seulement", "at", "on", "sur");

  private HandleWords() {}
}
