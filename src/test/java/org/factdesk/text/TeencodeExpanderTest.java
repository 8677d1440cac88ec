package org.factdesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TeencodeExpanderTest {

  private final TeencodeExpander expander = TeencodeExpander.vietnamese();

  @Test
  void briefExample() {
    assertThat(expander.expand("ko đc ra đg")).isEqualTo("không được ra đường");
  }

  @Test
  void expansionOffsetsPointIntoTheAbbreviation() {
    OffsetMap m = expander.expandWithOffsets("(ko) kp v?");
    assertThat(m.text()).isEqualTo("(không) không phải vậy?");
    assertThat(m.toInput(0)).isEqualTo(0);   // (
    assertThat(m.toInput(1)).isEqualTo(1);   // k of không
    assertThat(m.toInput(5)).isEqualTo(1);   // g: a one-word expansion maps to the start of "ko"
    assertThat(m.toInput(6)).isEqualTo(3);   // ): so the token không ends where "ko" ends
    assertThat(m.toInput(8)).isEqualTo(5);   // không -> k of kp
    assertThat(m.toInput(13)).isEqualTo(6);  // space and phải -> p of kp
    assertThat(m.toInput(19)).isEqualTo(8);  // vậy -> v
    assertThat(m.toInput(22)).isEqualTo(9);  // ?
    assertThat(m.toInput(23)).isEqualTo(10);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "ko|không", "k|không", "hok|không", "kh|không", "khg|không", "hk|không", "hem|không",
      "đc|được", "dc|được", "dk|được", "đk|được", "ng|người", "j|gì", "vs|với", "r|rồi",
      "tphcm|thành phố hồ chí minh", "tp.hcm|thành phố hồ chí minh", "hcm|thành phố hồ chí minh",
      "hn|hà nội", "bn|bao nhiêu", "ck|chồng", "vk|vợ", "đg|đường", "dg|đường",
      "mn|mọi người", "mng|mọi người", "trc|trước", "cx|cũng", "cg|cũng", "oy|rồi", "wá|quá",
      "qá|quá", "ntn|như thế nào", "sdt|số điện thoại", "bv|bệnh viện", "cv|công việc",
      "vn|việt nam", "tq|trung quốc", "bs|bác sĩ", "ubnd|ủy ban nhân dân"
  })
  void expandsKnownForms(String abbrev, String expansion) {
    assertThat(expander.expansion(abbrev)).contains(expansion);
  }

  @Test
  void leavesAmbiguousFormsAndRealWordsAlone() {
    for (String t : List.of("a", "e", "t", "m", "bít", "nt", "kg", "hông", "anh", "là", "đi")) {
      assertThat(expander.expansion(t, true)).as(t).isEmpty();
    }
    assertThat(expander.expand("a ơi, mua 10 kg gạo bít tất")).isEqualTo("a ơi, mua 10 kg gạo bít tất");
  }

  @Test
  void keepsPunctuationAndSpacing() {
    assertThat(expander.expand("(ko)  đc,\tng ta ở tp.hcm. hn!"))
        .isEqualTo("(không)  được,\tngười ta ở thành phố hồ chí minh. hà nội!");
    assertThat(expander.expand("50k 5r kotex")).isEqualTo("50k 5r kotex");
    assertThat(expander.expand("")).isEmpty();
  }

  @Test
  void vAndZOnlyAtTheEndOfAClause() {
    assertThat(expander.expand("sao v? thế z, rồi sao v")).isEqualTo("sao vậy? thế vậy, rồi sao vậy");
    assertThat(expander.expand("bán v số ở hn")).isEqualTo("bán v số ở hà nội");
    assertThat(expander.expand("gen z bị chê")).isEqualTo("gen z bị chê");
    assertThat(expander.expansion("v")).isEmpty();
    assertThat(expander.expansion("v", true)).contains("vậy");
  }

  @Test
  void realPostFromTheDataset() {
    // vietnamese-news-dataset-v2: "... ko p buộc ..." style social text
    assertThat(expander.expand("mn cần hết sức cảnh giác, ko nên nt cho ng lạ"))
        .isEqualTo("mọi người cần hết sức cảnh giác, không nên nt cho người lạ");
  }

  @Test
  void tableIsWellFormed() {
    assertThat(expander.size()).isBetween(50, 120);
    assertThatThrownBy(() -> TeencodeExpander.fromLines(List.of("ko\tkhông", "ko\tkhông")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate");
    assertThatThrownBy(() -> TeencodeExpander.fromLines(List.of("ko không")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
    TeencodeExpander small = TeencodeExpander.fromLines(List.of("# c", "", "hoà\tthuỷ\tnote"));
    assertThat(small.expand("hòa")).isEqualTo("thủy");
  }
}
