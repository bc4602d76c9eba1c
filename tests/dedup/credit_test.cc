#include "dedup/credit.h"

#include "gtest/gtest.h"

namespace wirecheck {
namespace {

TEST(FoldTest, FoldsCaseDiacriticsAndPunctuation) {
  EXPECT_EQ(FoldForMatching("Thông tấn xã Việt Nam"), "thong tan xa viet nam");
  EXPECT_EQ(FoldForMatching("  ĐÀ NẴNG -- (VNA) "), "da nang vna");
  EXPECT_EQ(FoldForMatching("ТАСС"), "тасс");
}

TEST(OutletStemTest, Table) {
  EXPECT_EQ(OutletStem("vnexpress.net"), "vnexpress");
  EXPECT_EQ(OutletStem("https://www.tuoitre.vn/abc"), "tuoitre");
  EXPECT_EQ(OutletStem("Tuổi Trẻ"), "tuoitre");
  EXPECT_EQ(OutletStem(""), "");
}

TEST(CreditFinderTest, DefaultListLoads) {
  const CreditFinder& f = CreditFinder::Default();
  EXPECT_EQ(f.AgencyIn("thong tan xa viet nam"), "TTXVN");
  EXPECT_EQ(f.AgencyIn("hang tin reuters"), "Reuters");
  EXPECT_EQ(f.AgencyIn("lien hop quoc"), "");
  EXPECT_EQ(f.AgencyIn("apple"), "");  // Word boundaries: not "AP".
}

TEST(CreditFinderTest, RejectsEmptyNames) {
  EXPECT_FALSE(CreditFinder::FromAgencyList("Reuters||Thomson").ok());
  EXPECT_TRUE(CreditFinder::FromAgencyList("# c\nReuters|Thomson\n").ok());
}

struct CreditCase {
  const char* copy;
  const char* source;
  const char* outlet;
  bool credited;
  const char* credit;  // Expected attribution text ("" = none).
};

TEST(CheckCreditTest, Table) {
  const CreditCase cases[] = {
      // Vietnamese: the source's own agency credit is shared.
      {"Nga và Triều Tiên ký hiệp ước. Theo TTXVN", "Nội dung. (Theo TTXVN)", "baotintuc.vn", true, "Theo TTXVN"},
      {"Nội dung bài. Nguồn: VnExpress", "Nội dung bài.", "vnexpress.net", true, "Nguồn: VnExpress"},
      {"Nội dung bài (Theo Tuổi Trẻ)", "Nội dung bài.", "tuoitre.vn", true, "(Theo Tuổi Trẻ)"},
      {"Ông Putin nói, dẫn lời hãng tin Reuters.", "Putin said.", "Reuters", true, "dẫn lời hãng tin Reuters"},
      {"Theo hãng tin Yonhap, Bình Nhưỡng đã phóng.", "Theo Yonhap, ...", "dantri.com.vn", true, "Theo hãng tin Yonhap"},
      {"Theo Thông tấn xã Trung ương Triều Tiên (KCNA), ông Kim", "(KCNA) said", "kcna.kp", true, "Theo Thông tấn xã Trung ương Triều Tiên"},
      // English.
      {"MOSCOW (Reuters) - Russia said", "Russia said", "Reuters", true, "(Reuters)"},
      {"WASHINGTON (AP) — The president", "The president (AP)", "nytimes.com", true, "(AP)"},
      {"According to VnExpress, the bridge", "The bridge", "vnexpress.net", true, "According to VnExpress"},
      {"Source: Bloomberg", "Text", "bloomberg.com", true, "Source: Bloomberg"},
      // Credits someone else, or nobody.
      {"Theo Reuters, Nga đã ...", "Nga đã ...", "vnexpress.net", false, "Theo Reuters"},
      {"Theo ông Putin, hai nước sẽ hợp tác.", "Hai nước sẽ hợp tác.", "vnexpress.net", false, ""},
      {"Theo Liên hợp quốc, ...", "...", "thanhnien.vn", false, ""},
      {"The deal was signed in Pyongyang.", "The deal (AFP)", "afp.com", false, ""},
  };
  for (const CreditCase& c : cases) {
    const CreditCheck r =
        CheckCredit(CreditFinder::Default(), c.copy, c.source, c.outlet);
    EXPECT_EQ(r.credited, c.credited) << c.copy;
    EXPECT_EQ(r.text, c.credit) << c.copy;
    EXPECT_EQ(std::string(r.span.Of(c.copy)), r.text);
  }
}

}  // namespace
}  // namespace wirecheck
