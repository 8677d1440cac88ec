package org.factdesk.text;

import java.util.Set;

/**
 * Tells whether a lower-case, diacritic-folded token could be a Vietnamese syllable:
 * {@code khong, duoc, nguoi, vac, xin, quyen, gi} yes; {@code vaccine, trump, covid, the} no…
 * except that {@code the} (thế) is one: many short English words are also valid syllables.
 *
 * <p>A syllable is an optional onset from the 27 of Vietnamese orthography ({@code b c ch d g gh
 * gi h k kh l m n ng ngh nh p ph qu r s t th tr v x}; {@code đ} folds to {@code d}) followed by a
 * rhyme from the closed list of Vietnamese rhymes with their marks folded ({@code ương → uong},
 * {@code oanh}, {@code uyết → uyet}). Source: the syllable structure in Wikipedia, "Vietnamese
 * phonology" and "Vietnamese alphabet". It is permissive on purpose (it does not check onset–rhyme
 * pairings such as {@code c} before {@code e}); it is a language-id signal, not a spell checker.
 */
public final class VietnameseSyllables {

  private static final String[] ONSETS = {"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu",
      "th", "tr", "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""};

  private static final Set<String> RHYMES = Set.of(
      "a", "ai", "ao", "au", "ay", "ac", "ach", "am", "an", "ang", "anh", "ap", "at",
      "e", "eo", "ec", "em", "en", "eng", "ep", "et", "eu", "ech", "enh",
      "i", "ia", "iu", "ich", "im", "in", "inh", "ip", "it",
      "iec", "iem", "ien", "ieng", "iep", "iet", "ieu",
      "o", "oi", "oc", "om", "on", "ong", "op", "ot", "ooc", "oong",
      "oa", "oai", "oao", "oay", "oac", "oach", "oam", "oan", "oang", "oanh", "oap", "oat",
      "oe", "oeo", "oen", "oet",
      "u", "ua", "ui", "uc", "um", "un", "ung", "up", "ut", "uu",
      "uo", "uoc", "uoi", "uom", "uon", "uong", "uop", "uot", "uou",
      "uan", "uang", "uat", "uay", "uau", "ue", "uech", "uenh", "uen", "uet",
      "uy", "uya", "uych", "uyn", "uynh", "uyp", "uyt", "uyu", "uyen", "uyet",
      "y", "yen", "yet", "yeu", "yem");

  private VietnameseSyllables() {}

  /**
   * @param folded a lower-case token without diacritics ({@link DiacriticFolder#fold})
   * @return whether it has the shape of a Vietnamese syllable
   */
  public static boolean isSyllable(String folded) {
    if (folded.isEmpty() || folded.length() > 7) {
      return false;
    }
    if (folded.equals("gi")) {
      return true;
    }
    for (String onset : ONSETS) {
      if (folded.startsWith(onset) && RHYMES.contains(folded.substring(onset.length()))) {
        return true;
      }
    }
    return false;
  }
}
