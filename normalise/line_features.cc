#include "normalise/line_features.h"

#include <cctype>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "normalise/normalizer.h"

namespace wirecheck {
namespace internal {
namespace {

// Lines longer than this are never captions, prompts or titles.
constexpr size_t kShortLineBytes = 400;

const absl::flat_hash_set<absl::string_view>& StopWords() {
  static const auto* words = new absl::flat_hash_set<absl::string_view>{
      // Vietnamese function words.
      "và", "của", "là", "các", "những", "được", "có", "trong", "cho", "với",
      "đã", "này", "một", "không", "khi", "để", "từ", "theo", "tại", "về", "sẽ",
      "cũng", "đến", "ra", "như", "đang", "thì", "nhưng", "vào", "lại", "hơn",
      "rằng", "nhiều", "sau", "trên", "bị", "do", "nên", "vẫn", "mà", "đó",
      "nếu", "hay", "cả", "đều", "ông", "bà",
      // English function words.
      "the", "a", "an", "of", "to", "and", "in", "is", "that", "for", "on",
      "with", "as", "was", "by", "at", "from", "it", "he", "she", "they", "be",
      "has", "have", "are", "were", "this", "which", "or", "but", "not", "said",
      "his", "her", "their", "its", "will", "would", "been"};
  return *words;
}

// UI and reader-prompt vocabulary, case-folded: a closed class of labels
// sites put around articles, in Vietnamese and English.
constexpr absl::string_view kPromptCues[] = {"bình luận",     "ý kiến",
                                             "chia sẻ",       "theo dõi",
                                             "xem thêm",      "đọc thêm",
                                             "tin liên quan", "tin mới",
                                             "tin khác",      "tin nổi bật",
                                             "tin đang",      "tiêu điểm",
                                             "cùng chủ đề",   "cùng chuyên mục",
                                             "cùng tác giả",  "có thể bạn",
                                             "quảng cáo",     "video",
                                             "no data",       "đăng nhập",
                                             "đăng ký",       "comment",
                                             "share",         "follow",
                                             "related",       "read more",
                                             "advertisement", "subscribe",
                                             "newsletter",    "sign up",
                                             "log in",        "most popular",
                                             "trending",      "tags",
                                             "tag:",          "từ khóa"};

constexpr absl::string_view kCreditCues[] = {
    "ảnh:",         "ảnh :",        "ảnh tư liệu", "(ảnh",
    "ảnh minh họa", "ảnh minh hoạ", "photo:",      "photo :",
    "nguồn:",       "nguồn :",      "(nguồn",      "source:",
    "credit:",      "getty images", "(photo",      "image:"};

constexpr absl::string_view kImageWords[] = {"ảnh", "hình", "photo", "image"};

// Wire photo credits as agencies print them at the end of a caption,
// matched in the original case: body text writes "Reuters" or cites
// "Theo AFP/TTXVN, ..." at its start; a caption ends "REUTERS/Kim Hong-Ji"
// or "... via REUTERS", with no full stop after the credit.
constexpr absl::string_view kWirePhotoCredits[] = {
    "REUTERS/", "via REUTERS", "AP Photo/", "AFP/",
    "via AFP",  "EPA/",        "/Pool",     "via Getty"};
constexpr size_t kCreditTailBytes = 48;

bool EndsWithWirePhotoCredit(absl::string_view line) {
  while (!line.empty() && absl::ascii_isspace(line.back()))
    line.remove_suffix(1);
  if (line.empty() || line.back() == '.') return false;
  const absl::string_view tail = line.substr(
      line.size() > kCreditTailBytes ? line.size() - kCreditTailBytes : 0);
  for (absl::string_view cue : kWirePhotoCredits) {
    if (absl::StrContains(tail, cue)) return true;
  }
  return false;
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

bool EndsSentence(absl::string_view s) {
  while (!s.empty()) {
    if (absl::EndsWith(s, "”") || absl::EndsWith(s, "’") ||
        absl::EndsWith(s, "»")) {
      s.remove_suffix(absl::EndsWith(s, "»") ? 2 : 3);
    } else if (s.back() == '"' || s.back() == '\'' || s.back() == ')' ||
               s.back() == ']' || IsSpace(s.back())) {
      s.remove_suffix(1);
    } else {
      break;
    }
  }
  if (s.empty()) return false;
  const char c = s.back();
  return c == '.' || c == '!' || c == '?' || absl::EndsWith(s, "…");
}

namespace {

bool Digit(char c) { return c >= '0' && c <= '9'; }

// Counts digits at `i`, returns the index after them.
size_t Digits(absl::string_view s, size_t i, int* count) {
  *count = 0;
  while (i < s.size() && Digit(s[i])) ++i, ++*count;
  return i;
}

}  // namespace

bool HasTimestamp(absl::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (!Digit(s[i]) || (i > 0 && Digit(s[i - 1]))) continue;
    int a;
    size_t j = Digits(s, i, &a);
    if (j >= s.size()) break;
    int b;
    const char sep = s[j];
    size_t k = Digits(s, j + 1, &b);
    if (sep == ':' && a <= 2 && b == 2) return true;
    if (sep == '/' && a <= 2 && b >= 1 && b <= 2 && k < s.size() &&
        s[k] == '/') {
      return true;
    }
    if (sep == '-' && a == 4 && b == 2) return true;
  }
  return false;
}

namespace {

bool EndsWithImageNumber(absl::string_view folded) {
  absl::string_view s = absl::StripTrailingAsciiWhitespace(folded);
  if (!s.empty() && s.back() == '.') s.remove_suffix(1);
  size_t d = s.size();
  while (d > 0 && Digit(s[d - 1])) --d;
  if (d == s.size()) return false;
  s = absl::StripTrailingAsciiWhitespace(s.substr(0, d));
  for (absl::string_view w : kImageWords) {
    if (absl::EndsWith(s, w)) return true;
  }
  return false;
}

// Letters and digits of the folded line as space-separated words, with a
// trailing "- ảnh N" removed.
std::string TitleKey(absl::string_view folded, bool image_alt) {
  if (image_alt) {
    const size_t dash = folded.rfind(" - ");
    if (dash != absl::string_view::npos) folded = folded.substr(0, dash);
  }
  std::string key;
  bool pending_space = false;
  for (char c : folded) {
    const auto u = static_cast<unsigned char>(c);
    const bool word_byte = u >= 0x80 || std::isalnum(u);
    if (!word_byte) {
      pending_space = !key.empty();
      continue;
    }
    if (pending_space) key += ' ';
    pending_space = false;
    key += c;
  }
  return key;
}

// Words are space-separated; function words are counted only when
// `count_stops` (the ratio matters only for lines without a sentence end).
void CountWords(absl::string_view line, bool count_stops, LineFeatures* f) {
  int stops = 0;
  size_t i = 0;
  const size_t n = line.size();
  while (i < n) {
    while (i < n && (line[i] == ' ' || line[i] == '\n' || line[i] == '\t')) ++i;
    if (i >= n) break;
    const size_t start = i;
    while (i < n && line[i] != ' ' && line[i] != '\n' && line[i] != '\t') ++i;
    ++f->words;
    const char last = line[i - 1];
    if (i < n && (last == '.' || last == '!' || last == '?')) {
      ++f->inner_sentences;
    }
    if (count_stops) {
      absl::string_view w =
          absl::StripSuffix(line.substr(start, i - start), ",");
      if (StopWords().contains(w)) ++stops;
    }
  }
  f->stop_ratio = f->words == 0 ? 0 : static_cast<double>(stops) / f->words;
}

// `cue` (or its plural in -s) occurs in `s` as whole words: "follow" does
// not match "following"; multi-byte letters count as letters.
bool ContainsWord(absl::string_view s, absl::string_view cue) {
  for (size_t pos = s.find(cue); pos != absl::string_view::npos;
       pos = s.find(cue, pos + 1)) {
    size_t end = pos + cue.size();
    if (end < s.size() && s[end] == 's') ++end;  // English plural.
    const bool glued_after =
        end < s.size() && (std::isalpha(static_cast<unsigned char>(s[end])) ||
                           static_cast<unsigned char>(s[end]) >= 0x80);
    const bool glued_before =
        pos > 0 && std::isalpha(static_cast<unsigned char>(s[pos - 1]));
    if (!glued_after && !glued_before) return true;
  }
  return false;
}

bool StartsListItem(absl::string_view s) {
  if (absl::StartsWith(s, "* ") || absl::StartsWith(s, "- ") ||
      absl::StartsWith(s, "\xE2\x80\x93 ") ||  // –
      absl::StartsWith(s, "\xE2\x80\xA2") ||   // •
      absl::StartsWith(s, "\xC2\xB7")) {       // ·
    return true;
  }
  size_t i = 0;
  while (i < s.size() && i < 3 && s[i] >= '0' && s[i] <= '9') ++i;
  return i > 0 && i + 1 < s.size() && (s[i] == '.' || s[i] == ')') &&
         s[i + 1] == ' ';
}

void VocabularyFeatures(absl::string_view line, LineFeatures* f) {
  const std::string folded = NormalizeKey(line, false);
  for (absl::string_view cue : kCreditCues) {
    if (absl::StrContains(folded, cue)) f->credit = true;
  }
  if (EndsWithWirePhotoCredit(line)) f->credit = true;
  f->image_alt = EndsWithImageNumber(folded);
  if (f->words <= 12) {
    for (absl::string_view cue : kPromptCues) {
      if (ContainsWord(folded, cue)) f->prompt = true;
    }
  }
  // A question to the reader: "Bạn thấy bài viết này có hữu ích không?"
  const bool second_person =
      absl::StrContains(folded, "bạn") || absl::StrContains(folded, "you");
  if (second_person && f->words <= 12 && absl::EndsWith(folded, "?")) {
    f->prompt = true;
  }
  f->title_key = TitleKey(folded, f->image_alt);
}

}  // namespace

std::vector<Span> SplitLines(absl::string_view text) {
  std::vector<Span> lines;
  uint32_t start = 0;
  for (uint32_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      lines.push_back({start, i});
      start = i + 1;
    }
  }
  return lines;
}

Span TrimLine(absl::string_view text, Span line) {
  uint32_t b = line.begin, e = line.end;
  auto nbsp_at = [&](uint32_t i) {
    return i + 1 < e && text[i] == '\xC2' && text[i + 1] == '\xA0';
  };
  while (b < e && (IsSpace(text[b]) || nbsp_at(b)))
    b += IsSpace(text[b]) ? 1 : 2;
  while (e > b && (IsSpace(text[e - 1]) || (e - b >= 2 && nbsp_at(e - 2)))) {
    e -= IsSpace(text[e - 1]) ? 1 : 2;
  }
  return {b, e};
}

LineFeatures ComputeLineFeatures(absl::string_view text, Span line) {
  LineFeatures f;
  f.span = TrimLine(text, line);
  if (f.span.empty()) return f;
  const absl::string_view s = f.span.Of(text);
  f.ends_sentence = EndsSentence(s);
  f.ends_colon = s.back() == ':';
  f.list_item = StartsListItem(s);
  CountWords(s, !f.ends_sentence, &f);
  if (s.size() <= kShortLineBytes) {
    f.timestamp = HasTimestamp(s);
    VocabularyFeatures(s, &f);
  }
  return f;
}

}  // namespace internal
}  // namespace wirecheck
