// tests/testing/news_corpus.h: seeded synthetic Vietnamese news for tests
// that run the whole pipeline (normalise, dedup, compare).
//
// Each event (a fire, a storm, a trial ...) in a province has a wire story
// of several sentences with figures (a toll, a date, an amount) and filler
// sentences drawn from a vocabulary. Outlets then publish it: verbatim
// copies, copies with one figure changed, copies of one paragraph inside
// their own text, and independent rewrites with the same facts. Unrelated
// articles fill the corpus. The ground truth is not checked here: tests use
// the corpus to compare two ways of running the same matching.
#ifndef WIRECHECK_TESTS_TESTING_NEWS_CORPUS_H_
#define WIRECHECK_TESTS_TESTING_NEWS_CORPUS_H_

#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "ingest/article.h"

namespace wirecheck {
namespace testing_news {

inline const std::vector<std::string>& Provinces() {
  static const auto* p = new std::vector<std::string>{
      "Quảng Nam",  "Nghệ An",  "Thanh Hóa", "Đắk Lắk", "Kon Tum",
      "Bình Định",  "Hà Giang", "Lào Cai",   "Cà Mau",  "Bến Tre",
      "Quảng Ninh", "Phú Yên",  "Gia Lai",   "Sơn La",  "An Giang"};
  return *p;
}

inline const std::vector<std::string>& Fillers() {
  static const auto* f = new std::vector<std::string>{
      "Lực lượng chức năng đã có mặt tại hiện trường để khắc phục hậu quả",
      "Chính quyền địa phương cho biết sẽ tiếp tục theo dõi tình hình",
      "Người dân trong khu vực được khuyến cáo hạn chế ra đường",
      "Cơ quan điều tra đang làm rõ nguyên nhân vụ việc",
      "Nhiều hộ gia đình đã được hỗ trợ lương thực và nước uống",
      "Ban chỉ huy phòng chống thiên tai tỉnh đã họp khẩn",
      "Các tuyến đường liên xã bị chia cắt trong nhiều giờ",
      "Lãnh đạo tỉnh đã đến thăm hỏi và động viên các gia đình",
      "Trường học trên địa bàn cho học sinh nghỉ để đảm bảo an toàn",
      "Điện lực địa phương đang khẩn trương khôi phục nguồn điện",
      "Hàng trăm cán bộ chiến sĩ được huy động tham gia cứu hộ",
      "Thiệt hại về tài sản đang được thống kê chi tiết"};
  return *f;
}

inline const std::vector<std::string>& Events() {
  static const auto* e = new std::vector<std::string>{
      "vụ cháy chợ", "trận lũ quét", "vụ sạt lở đất", "vụ tai nạn xe khách",
      "cơn bão",     "vụ nổ kho",    "trận mưa đá",   "vụ chìm tàu cá"};
  return *e;
}

// A random sentence of `n` syllables built from Vietnamese onsets and
// rhymes: filler no two articles share unless one copies the other.
inline std::string RandomSentence(std::mt19937_64& rng, int n) {
  static const char* kOnsets[] = {"b", "c", "d",  "đ",  "g",  "h",  "k",
                                  "l", "m", "n",  "ng", "nh", "ph", "qu",
                                  "s", "t", "th", "tr", "v",  "x"};
  static const char* kRhymes[] = {
      "a",  "ai",  "an", "ang", "anh", "ao",  "âm",   "ân",  "ây",
      "e",  "em",  "ên", "i",   "in",  "inh", "o",    "oa",  "oan",
      "ôi", "ông", "ơn", "u",   "uân", "ưa",  "ương", "ướt", "yên"};
  std::string out;
  for (int i = 0; i < n; ++i) {
    if (i) out += ' ';
    out += kOnsets[std::uniform_int_distribution<int>(0, 19)(rng)];
    out += kRhymes[std::uniform_int_distribution<int>(0, 26)(rng)];
  }
  out[0] = static_cast<char>(out[0] == 'b' ? 'B' : out[0]);
  return out;
}

struct Story {
  std::string lead, facts, tail;
};

inline Story MakeStory(std::mt19937_64& rng, int event) {
  auto pick = [&](int n) {
    return std::uniform_int_distribution<int>(0, n - 1)(rng);
  };
  const std::string& place = Provinces()[event % Provinces().size()];
  const std::string& what = Events()[event % Events().size()];
  const int killed = 2 + pick(30);
  const int day = 1 + pick(27), month = 1 + pick(12);
  const int money = 2 + pick(90);
  Story s;
  s.lead = absl::StrCat(what, " tại ", place, " xảy ra ngày ", day, "/", month,
                        " đã làm ", killed, " người thiệt mạng.");
  s.facts = absl::StrCat("Theo báo cáo ban đầu, thiệt hại ước tính khoảng ",
                         money, " tỷ đồng. ", Fillers()[pick(12)], ". ",
                         RandomSentence(rng, 14), ".");
  s.tail =
      absl::StrCat(RandomSentence(rng, 12), " ở ", place, ". ",
                   Fillers()[pick(12)], ". ", RandomSentence(rng, 16), ".");
  return s;
}

// `events` events, each published by 2-5 outlets in the ways listed in the
// header comment, plus `unrelated` stand-alone articles; one article per
// outlet and event, in publication order.
inline std::vector<Article> MakeNewsCorpus(uint64_t seed, int events,
                                           int unrelated) {
  std::mt19937_64 rng(seed);
  auto pick = [&](int n) {
    return std::uniform_int_distribution<int>(0, n - 1)(rng);
  };
  std::vector<Article> out;
  auto add = [&](const std::string& outlet, std::string text, int day) {
    Article a;
    a.id = absl::StrCat(outlet, "-", out.size());
    a.outlet = outlet;
    a.text = std::move(text);
    a.published = PublishedTime::Day(2024, 1 + day / 28, 1 + day % 28);
    out.push_back(std::move(a));
  };
  for (int e = 0; e < events; ++e) {
    const Story s = MakeStory(rng, e);
    const int day = e % 300;
    const std::string wire =
        absl::StrCat(s.lead, "\n\n", s.facts, "\n\n", s.tail);
    add("ttxvn.vn", wire, day);
    const int outlets = 1 + pick(4);
    for (int o = 0; o < outlets; ++o) {
      const std::string outlet = absl::StrCat("bao", pick(20), ".vn");
      switch (pick(4)) {
        case 0:  // Verbatim, credited.
          add(outlet, absl::StrCat(wire, "\n\nTheo TTXVN"), day);
          break;
        case 1: {  // A figure changed in the copy.
          std::string changed = wire;
          const size_t at = changed.find(" người thiệt mạng");
          if (at != std::string::npos) {
            changed.insert(at, "0");  // 12 -> 120.
          }
          add(outlet, changed, day);
          break;
        }
        case 2:  // One paragraph inside the outlet's own text.
          add(outlet,
              absl::StrCat(RandomSentence(rng, 15), ". ",
                           RandomSentence(rng, 12), ".\n\n", s.facts, " ",
                           s.tail, "\n\n", RandomSentence(rng, 10), "."),
              day);
          break;
        default:  // Rewritten: the same facts, other wording.
          add(outlet,
              absl::StrCat(RandomSentence(rng, 12), ". ", s.lead, " ",
                           RandomSentence(rng, 14), ".\n\n", s.facts),
              day);
          break;
      }
    }
  }
  for (int u = 0; u < unrelated; ++u) {
    std::string text;
    for (int k = 0; k < 6; ++k) {
      absl::StrAppend(&text, RandomSentence(rng, 14), " tại ",
                      Provinces()[pick(15)], " năm ", 2000 + pick(24), ". ");
    }
    add(absl::StrCat("tin", pick(5), ".vn"), text, pick(300));
  }
  return out;
}

}  // namespace testing_news
}  // namespace wirecheck

#endif  // WIRECHECK_TESTS_TESTING_NEWS_CORPUS_H_
