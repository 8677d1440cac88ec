package org.factdesk.text;

/**
 * Masks {@code @handles} inside post text before it is shown or written out ({@code "… (@jane_doe)"}
 * → {@code "… (@…)"}), so account handles quoted in content are never displayed: factdesk works
 * on claims, not people. E-mail addresses and URLs are left to {@link TextTokens}' rules (not
 * handles).
 */
public final class HandleMasking {
  /** What a masked handle looks like. */
  public static final String MASK = "@…";

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
    return sb.append(text, last, text.length()).toString();
  }
}
