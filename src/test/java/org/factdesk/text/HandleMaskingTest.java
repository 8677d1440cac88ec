package org.factdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HandleMaskingTest {
  @Test
  void masksHandlesAndTheNameOfAnEmbeddedTweetSignature() {
    assertThat(HandleMasking.mask("Cheesecake factory is closing. — Christopher Roe (@chrisroe12) October 30, 2020"))
        .isEqualTo("Cheesecake factory is closing. — (@…) October 30, 2020");
    assertThat(HandleMasking.mask("thanks @bob_1 for this")).isEqualTo("thanks @… for this");
  }

  @Test
  void leavesTextWithoutHandlesAndEmailsAlone() {
    assertThat(HandleMasking.mask("mail info@example.org — a dash (not a signature)")).isEqualTo(
        "mail info@example.org — a dash (not a signature)");
    assertThat(HandleMasking.mask(null)).isNull();
  }
}
