package org.factdesk.text;

/**
 * Masks {@code @handles} inside post text before it is shown or written out ({@code "… (@jane_doe)"}
 * → {@code "… (@…)"}), and the display name attached to a handle in an embedded-post signature
 * ({@code "— Jane Doe (@jane_doe) May 1, 2020"} → {@code "— (@…) May 1, 2020"}), so the people
 * behind posts are not displayed: factdesk works on claims, not people. E-mail addresses and URLs are left to {@link TextTokens}' rules (not
 * handles).
 */
public final class HandleMasking {
  /** What a masked handle looks like. */
  public static final String MASK = "@…";

  /**
   * A display name directly attached to a masked handle, as in the signature of an embedded tweet
   * ({@code "— Jane Doe (@…) May 1, 2020"}): up to six words after a dash, before "(@…)".
   */
  private static final java.util.regex.Pattern NAMED_HANDLE =
      java.util.regex.Pattern.compile("([—–-]\\s*)(?:[^\\s—–()]+\\s+){1,6}\\((" + java.util.regex.Pattern.quote(MASK) + ")\\)");

  private HandleMasking() {}

  /** The text with every handle {@link TextTokens} finds replaced by {@link #MASK}; null stays null. */
  public static String mask(String text) {
    if (text == null || text.indexOf('@') < 0) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    int last = 0;
    for (TextTokens.Token t : TextTokens.find(text)) {
      if (t.kind() == TextTokens.Kind.HANDLE) {
        sb.append(text, last, t.start()).append(MASK);
        last = t.end();
      }
    }
    sb.append(text, last, text.length());
    return NAMED_HANDLE.matcher(sb).replaceAll("$1($2)");
  }
}
