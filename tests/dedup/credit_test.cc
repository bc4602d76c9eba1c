#include "dedup/credit.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "unicode/normalizer2.h"
#include "unicode/uchar.h"
#include "unicode/unistr.h"

namespace wirecheck {
namespace {

TEST(FoldTest, FoldsCaseDiacriticsAndPunctuation) {
  EXPECT_EQ(FoldForMatching("Thông tấn xã Việt Nam"), "thong tan xa viet nam");
  EXPECT_EQ(FoldForMatching("  ĐÀ NẴNG -- (VNA) "), "da nang vna");
  EXPECT_EQ(FoldForMatching("ТАСС"), "тасс");
  // Decomposed (NFD) input folds like composed input.
  EXPECT_EQ(FoldForMatching("Nguo\xCC\x82\xCC\x80n"), "nguon");
  // Hangul syllables decompose into jamo, not marks: they stay whole.
  EXPECT_EQ(FoldForMatching("연합뉴스"), "연합뉴스");
}

// One code point folded the slow way, straight from ICU: "" for a
// non-spacing mark, else the lower-case first code point of its canonical
// decomposition when the rest are marks (đ -> d, NBSP -> space).
std::string ReferenceFold(UChar32 c) {
  if (u_charType(c) == U_NON_SPACING_MARK) return "";
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString d;
  UChar32 base = c;
  if (U_SUCCESS(status) && nfd->getDecomposition(c, d) && d.length() > 0) {
    base = d.char32At(0);
    for (int32_t i = U16_LENGTH(base); i < d.length();) {
      const UChar32 mark = d.char32At(i);
      if (u_charType(mark) != U_NON_SPACING_MARK) base = c;
      i += U16_LENGTH(mark);
    }
  }
  if (base == 0x0110 || base == 0x0111) base = 'd';
  if (base == 0x00A0) base = ' ';
  std::string out;
  icu::UnicodeString(u_tolower(base)).toUTF8String(out);
  return out;
}

// Every code point from U+0080 to past the fold's lookup table, between
// two letters: dropped, kept as a letter, or a word break.
TEST(FoldTest, EveryCodePointFoldsAsIcuSays) {
  for (UChar32 c = 0x80; c < 0x3400; ++c) {
    if (U_IS_SURROGATE(c)) continue;
    std::string text = "a";
    icu::UnicodeString(c).toUTF8String(text);
    text += "b";
    const std::string folded = ReferenceFold(c);
    const UChar32 f =
        folded.empty() ? -1 : icu::UnicodeString::fromUTF8(folded).char32At(0);
    const std::string expected = folded.empty() ? "ab"
                                 : u_isalnum(f) ? "a" + folded + "b"
                                                : "a b";
    ASSERT_EQ(FoldForMatching(text), expected) << "U+" << std::hex << c;
  }
}

TEST(OutletStemTest, Table) {
  EXPECT_EQ(OutletStem("vnexpress.net"), "vnexpress");
  EXPECT_EQ(OutletStem("https://www.tuoitre.vn/abc"), "tuoitre");
  EXPECT_EQ(OutletStem("Tuổi Trẻ"), "tuoitre");
  EXPECT_EQ(OutletStem(""), "");
}

TEST(CreditFinderTest, DefaultListLoads) {
  const CreditFinder& f = CreditFinder::Default();
  EXPECT_EQ(f.AgencyIn("Thông tấn xã Việt Nam"), "TTXVN");
  EXPECT_EQ(f.AgencyIn("hãng tin Reuters"), "Reuters");
  EXPECT_EQ(f.AgencyIn("Liên hợp quốc"), "");
  EXPECT_EQ(f.AgencyIn("apple"), "");   // Word boundaries: not "AP".
  EXPECT_EQ(f.AgencyIn("áp lực"), "");  // Short aliases keep their case.
  EXPECT_EQ(f.AgencyIn("(AP)"), "AP");
  EXPECT_EQ(f.AgencyIn("Theo Tass"), "TASS");
  EXPECT_EQ(f.AgenciesIn("Reuters, AFP và TTXVN"),
            (std::vector<std::string>{"Reuters", "AFP", "TTXVN"}));
  EXPECT_EQ(f.AgenciesIn("VNA/TTXVN"), (std::vector<std::string>{"TTXVN"}));
}

TEST(CreditFinderTest, RejectsEmptyNames) {
  EXPECT_FALSE(CreditFinder::FromAgencyList("Reuters||Thomson").ok());
  EXPECT_TRUE(CreditFinder::FromAgencyList("# c\nReuters|Thomson\n").ok());
}

// The demo copy: a statement "Cũng theo KCNA, ..." mid-text and the credit
// line at the end. Only the credit line is article-level.
TEST(FindAttributionsTest, StatementVersusCreditLine) {
  const std::string text =
      "Hai nhà lãnh đạo đã thảo luận. Cũng theo KCNA, vào cuối buổi chiêu "
      "đãi, ông Kim đã mời.\n\nTheo Báo Tin tức/TTXVN\n";
  const std::vector<Attribution> found =
      CreditFinder::Default().FindAttributions(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].form, CreditForm::kStatement);
  EXPECT_EQ(found[0].span.Of(text), "theo KCNA");
  EXPECT_EQ(found[1].form, CreditForm::kCreditLine);
  EXPECT_EQ(found[1].span.Of(text), "Theo Báo Tin tức/TTXVN");
  EXPECT_EQ(found[1].phrase, "bao tin tuc ttxvn");
  EXPECT_EQ(found[1].agencies, (std::vector<std::string>{"TTXVN"}));
}

struct FormCase {
  const char* text;
  CreditForm form;
  const char* span;  // "" = no article-level credit.
};

TEST(FindAttributionsTest, ArticleLevelForms) {
  const FormCase cases[] = {
      {"Nội dung.\nNguồn\nBáo Quốc Tế\n", CreditForm::kCreditLine,
       "Nguồn\nBáo Quốc Tế"},
      {"Nội dung.\n\nNguồn\n\nBình luận (0)\n", CreditForm::kStatement, ""},
      {"PYONGYANG, June 19 (Reuters) - Putin arrived.", CreditForm::kDateline,
       "PYONGYANG, June 19 (Reuters)"},
      {"Hà Nội (TTXVN) – Sáng nay ...", CreditForm::kDateline,
       "Hà Nội (TTXVN)"},
      {"Bài viết.\nMinh Anh (theo Reuters)", CreditForm::kParenthesised,
       "(theo Reuters)"},
      {"Câu một. Câu cuối. Theo TTXVN", CreditForm::kClosing, "Theo TTXVN"},
      // The story's first paragraph opening with its agency.
      {"Gặp gỡ nhà đầu tư\nTheo TTXVN, ngày 21-10, Thủ tướng đã gặp các nhà "
       "đầu tư nước ngoài tại Hà Nội.\nĐoạn tiếp.",
       CreditForm::kLead, "Theo TTXVN"},
      {"TTO - Theo AFP, hàng nghìn người đã xuống đường biểu tình ở thủ đô "
       "Phnom Penh hôm nay.",
       CreditForm::kLead, "Theo AFP"},
      {"TTO — Theo TTXVN, hàng nghìn người đã xuống đường biểu tình ở "
       "thủ đô Phnom Penh hôm nay.",
       CreditForm::kLead, "Theo TTXVN"},
      // Not a lead credit: a ministry is a source of one statement, and an
      // agency opening a later paragraph attributes what that one says.
      {"Theo Bộ Y tế, hơn 200 ca mắc mới đã được ghi nhận trong ngày hôm qua "
       "tại các tỉnh phía Bắc.",
       CreditForm::kStatement, ""},
      {"Thủ tướng đã gặp các nhà đầu tư nước ngoài tại Hà Nội trong chuyến "
       "thăm.\nTheo Reuters, cuộc gặp kéo dài hai giờ đồng hồ với nhiều "
       "thỏa thuận được ký kết.",
       CreditForm::kStatement, ""},
      {"Ảnh chụp ông Putin tại Điện Kremlin, ngày 16/1. (Nguồn: Sputnik)\nĐoạn "
       "tiếp.",
       CreditForm::kStatement, ""},
      // Mastheads, in the shapes of testdata/dedup/credit_lines.tsv.
      {"VOV.VN - Đại hội đã bầu 45 ủy viên.\nĐoạn tiếp.", CreditForm::kMasthead,
       "VOV.VN -"},
      {"GiadinhNet - Đa số ý kiến tán thành.", CreditForm::kMasthead,
       "GiadinhNet -"},
      {"(Soha.vn) - Cái sự hớ này to thật.", CreditForm::kMasthead,
       "(Soha.vn)"},
      {"(Toquoc) - 100 hiện vật được trưng bày.", CreditForm::kMasthead,
       "(Toquoc)"},
      {"Clip ghi lại vụ việc.\nVnExpress", CreditForm::kMasthead, "VnExpress"},
      {"Clip ghi lại vụ việc.\nVTC1", CreditForm::kMasthead, "VTC1"},
      {"Oil prices fell.\n Reuter", CreditForm::kMasthead, "Reuter"},
      // Not mastheads: bylines, a place, a section, a score, one line.
      {"Nội dung bài.\nQuý Sáng", CreditForm::kStatement, ""},
      {"Nội dung bài.\nThế Long (tổng hợp)", CreditForm::kStatement, ""},
      {"TP.HCM - Sáng nay, mưa lớn.", CreditForm::kStatement, ""},
      {"(Tệ nạn xã hội) - Hai đối tượng bị bắt.", CreditForm::kStatement, ""},
      {"MU - Chelsea: 2-1 sau 90 phút.", CreditForm::kStatement, ""},
      {"VnExpress", CreditForm::kStatement, ""},
  };
  for (const FormCase& c : cases) {
    std::string got;
    CreditForm form = CreditForm::kStatement;
    for (const Attribution& a :
         CreditFinder::Default().FindAttributions(c.text)) {
      if (!a.article_level()) continue;
      got = std::string(a.span.Of(c.text));
      form = a.form;
      break;
    }
    EXPECT_EQ(got, c.span) << c.text;
    EXPECT_EQ(form, c.form) << c.text;
  }
}

struct CreditCase {
  const char* copy;
  const char* source;
  const char* outlet;  // The source's outlet; "" = unknown.
  bool credited;
  const char* credit;  // Expected credit text ("" = none).
};

void CheckTable(const CreditCase* cases, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    const CreditCase& c = cases[i];
    const CreditCheck r =
        CheckCredit(CreditFinder::Default(), c.copy, c.source, c.outlet);
    EXPECT_EQ(r.credited, c.credited) << "#" << i << ": " << c.copy;
    EXPECT_EQ(r.text, c.credit) << "#" << i << ": " << c.copy;
    EXPECT_EQ(std::string(r.span.Of(c.copy)), r.text);
  }
}

TEST(CheckCreditTest, Vietnamese) {
  const CreditCase cases[] = {
      // Credit lines of the source's outlet or its agency: (a), (b).
      {"Nga và Triều Tiên ký hiệp ước.\n\nTheo TTXVN", "Nội dung. (Theo TTXVN)",
       "baotintuc.vn", true, "Theo TTXVN"},
      {"Nội dung bài.\nNguồn: VnExpress", "Nội dung bài.", "vnexpress.net",
       true, "Nguồn: VnExpress"},
      {"Nội dung bài.\n(Theo Tuổi Trẻ)", "Nội dung bài.", "tuoitre.vn", true,
       "(Theo Tuổi Trẻ)"},
      {"Nội dung bài.\nTheo vnexpress.net", "Nội dung bài.", "VnExpress", true,
       "Theo vnexpress.net"},
      {"Nội dung bài.\nNguồn: Báo Quốc Tế", "Nội dung.", "baoquocte.vn", true,
       "Nguồn: Báo Quốc Tế"},
      {"Nội dung bài.\nTheo Quốc Tế", "Nội dung.", "Báo Quốc Tế", true,
       "Theo Quốc Tế"},
      {"Nội dung bài.\nTheo Báo Tin tức/TTXVN", "Nội dung.", "baotintuc.vn",
       true, "Theo Báo Tin tức/TTXVN"},
      {"Nội dung bài.\nTheo Báo Tin tức/TTXVN", "Nội dung.\nTheo TTXVN",
       "vietnamplus.vn", true, "Theo Báo Tin tức/TTXVN"},
      {"Nội dung bài.\nNguồn\nBáo Quốc Tế\n", "Nội dung.", "baoquocte.vn", true,
       "Nguồn\nBáo Quốc Tế"},
      {"Hà Nội (TTXVN) - Sáng 19/6, ...", "Nội dung. (TTXVN)", "bnews.vn", true,
       "Hà Nội (TTXVN)"},
      {"Thân bài.\nMinh Anh (theo Reuters, AFP)", "(Reuters) - Putin said.",
       "Reuters", true, "(theo Reuters, AFP)"},
      {"Một câu. Câu cuối bài. Theo TTXVN", "Nội dung.\n(TTXVN)", "", true,
       "Theo TTXVN"},
      {"Câu cuối bài không thể phá vỡ.Theo TTXVN", "Nội dung.\n(TTXVN)", "",
       true, "Theo TTXVN"},
      {"w1 w2 w3 Theo TTXVN", "w1 w2 w3 (TTXVN)", "vietnamplus.vn", true,
       "Theo TTXVN"},
      {"Tin đã được xác nhận theo TTXVN", "Nội dung.\n(TTXVN)", "", false, ""},
      // Case and normal form: upper case and decomposed diacritics.
      {"Nội dung bài.\nNGUỒN: VNEXPRESS", "Nội dung.", "vnexpress.net", true,
       "NGUỒN: VNEXPRESS"},
      {"Nội dung bài.\nTHEO TTXVN", "Nội dung.\nTheo TTXVN", "baotintuc.vn",
       true, "THEO TTXVN"},
      {"Nội dung bài.\nNguo\xCC\x82\xCC\x80n: Tuổi Trẻ", "Nội dung.",
       "tuoitre.vn", true, "Nguo\xCC\x82\xCC\x80n: Tuổi Trẻ"},
      // Unknown source outlet: an article-level credit cannot be refuted (c).
      {"Nội dung bài.\n\nTheo Báo Tin tức/TTXVN",
       "Cũng theo KCNA, ông Kim mời.", "", true, "Theo Báo Tin tức/TTXVN"},
      {"Nội dung bài.\nNguồn: Báo Quốc Tế", "Nội dung.", "", true,
       "Nguồn: Báo Quốc Tế"},
      // ... unless the source credits another agency at article level (b).
      {"Nội dung bài.\nTheo Reuters", "Nội dung.\nTheo TTXVN", "", false,
       "Theo Reuters"},
      // Credits someone else.
      {"Nội dung bài.\nTheo Reuters", "Nga đã ...", "vnexpress.net", false,
       "Theo Reuters"},
      // Statement attributions never credit, even naming the source's agency.
      {"Cũng theo KCNA, vào cuối buổi chiêu đãi, ông Kim đã mời.",
       "(KCNA) Nội dung.", "kcna.kp", false, ""},
      {"Ông Putin nói, dẫn lời hãng tin Reuters.", "Putin said.", "Reuters",
       false, ""},
      {"Theo hãng tin Yonhap, Bình Nhưỡng đã phóng.", "Theo Yonhap, ...", "",
       false, ""},
      {"Hãng tin TASS dẫn lời ông Lavrov cho biết.", "Nội dung.", "", false,
       ""},
      {"Theo ông Putin, hai nước sẽ hợp tác.", "Hai nước sẽ hợp tác.", "",
       false, ""},
      // False friends.
      {"Tiêu đề\n\nTheo dõi VGT trên\n\nNội dung bài.", "Nội dung bài.", "",
       false, ""},
      {"Tiêu đề\nTHEO DÕI VGT TRÊN\nNội dung.", "Nội dung.", "", false, ""},
      {"Nội dung.\n\nTheo giới phân tích, chuyến đi cho thấy quan hệ chặt chẽ.",
       "Nội dung.", "", false, ""},
      {"Nội dung.\nTheo Liên hợp quốc", "Nội dung.\n(TTXVN)", "thanhnien.vn",
       false, "Theo Liên hợp quốc"},
      {"Nội dung.\n\nNguồn\n\nBình luận (0)\n", "Nội dung.", "", false, ""},
      {"Ảnh ông Putin tại Điện Kremlin, ngày 16/1. (Nguồn: Sputnik)\nĐoạn tiếp "
       "theo của bài.",
       "Nội dung. Sputnik", "", false, ""},
  };
  CheckTable(cases, sizeof(cases) / sizeof(cases[0]));
}

TEST(CheckCreditTest, English) {
  const CreditCase cases[] = {
      {"PYONGYANG, June 19 (Reuters) - Russia said", "Russia said", "Reuters",
       true, "PYONGYANG, June 19 (Reuters)"},
      {"WASHINGTON (AP) — The president spoke.", "The president spoke.\n(AP)",
       "nytimes.com", true, "WASHINGTON (AP)"},
      {"(AP) — The president spoke.", "Text.", "AP", true, "(AP)"},
      {"The bridge opened.\nSource: VnExpress", "The bridge", "vnexpress.net",
       true, "Source: VnExpress"},
      {"Body text.\nSource: Bloomberg", "Text", "bloomberg.com", true,
       "Source: Bloomberg"},
      {"Body text.\nBy Reuters", "Text", "Reuters", true, "By Reuters"},
      {"Body text.\n(Reuters)", "Text", "Reuters", true, "(Reuters)"},
      {"The talks ended. (AFP)", "Text", "afp.com", true, "(AFP)"},
      {"Body text.\nCredit: AFP", "Text.\n(AFP)", "", true, "Credit: AFP"},
      {"Body text.\nSOURCE: AP", "Text.", "", true, "SOURCE: AP"},
      // Statements and authors.
      {"According to VnExpress, the bridge opened.", "The bridge",
       "vnexpress.net", false, ""},
      {"According to officials, the deal was signed.", "Text", "", false, ""},
      {"Kim said, according to KCNA, that ties were strong.", "(KCNA)", "KCNA",
       false, ""},
      {"Body text.\nBy John Smith", "Text", "", false, ""},
      {"The deal was signed in Pyongyang.", "The deal (AFP)", "afp.com", false,
       ""},
      {"Body.\nSource: AP", "Body.", "reuters.com", false, "Source: AP"},
      {"North Korea's state media (KCNA) said on Friday.", "Text.", "", false,
       ""},
  };
  CheckTable(cases, sizeof(cases) / sizeof(cases[0]));
}

// A credit line that normalise would drop as boilerplate still counts: the
// scan covers the whole text, to its last byte.
TEST(CheckCreditTest, AMastheadCreditsOnlyBySourceOrAgency) {
  const CreditCase cases[] = {
      // The copy's own dateline credits nobody when the source is unknown.
      {"VOV.VN - Nội dung bài.", "Nội dung bài.", "", false, "VOV.VN -"},
      // It does when it names the source's outlet.
      {"Clip ghi lại vụ việc.\nVnExpress", "Clip.", "vnexpress.net", true,
       "VnExpress"},
      {"Oil prices fell.\nReuter", "Oil prices fell.", "Reuters", true,
       "Reuter"},
  };
  CheckTable(cases, sizeof(cases) / sizeof(cases[0]));
}

TEST(CheckCreditTest, CreditAtVeryEndWithoutNewline) {
  const std::string copy = std::string(2000, 'x') + ".\nTheo TTXVN";
  const CreditCheck r = CheckCredit(CreditFinder::Default(), copy,
                                    "y.\n(TTXVN)", "vietnamplus.vn");
  EXPECT_TRUE(r.credited);
  EXPECT_EQ(r.span.end, copy.size());
}

}  // namespace
}  // namespace wirecheck
