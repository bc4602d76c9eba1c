#include "normalise/line_features.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "normalise/boilerplate_vocabulary.h"
#include "normalise/normalizer.h"

namespace wirecheck {
namespace internal {
namespace {

// Lines longer than this are never captions, prompts or titles.
constexpr size_t kShortLineBytes = 400;

const BoilerplateVocabulary& Vocabulary() {
  return BoilerplateVocabulary::Builtin();
}

// A wire credit counts only near the end of a caption.
constexpr size_t kCreditTailBytes = 48;

bool EndsWithWirePhotoCredit(absl::string_view line) {
  while (!line.empty() && absl::ascii_isspace(line.back()))
    line.remove_suffix(1);
  if (line.empty() || line.back() == '.') return false;
  const absl::string_view tail = line.substr(
      line.size() > kCreditTailBytes ? line.size() - kCreditTailBytes : 0);
  for (absl::string_view cue : Vocabulary().Cues(CueClass::kWireCredit)) {
    if (absl::StrContains(tail, cue)) return true;
  }
  return false;
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

namespace {

// `s` without closing quotes, brackets and spaces at its end.
absl::string_view WithoutClosers(absl::string_view s) {
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
  return s;
}

}  // namespace

bool EndsSentence(absl::string_view s) {
  s = WithoutClosers(s);
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
  for (absl::string_view w : Vocabulary().Cues(CueClass::kImage)) {
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

// A word of letters has two at least: "A+" and "‹" are no words of a title.
constexpr int kWordMinLetters = 2;

bool IsAsciiLetter(char c) {
  const char lower = static_cast<char>(c | 0x20);
  return lower >= 'a' && lower <= 'z';
}

// `word` has kWordMinLetters letters at least: ASCII letters and non-ASCII
// characters (their lead bytes).
bool IsLetterWord(absl::string_view word) {
  int letters = 0;
  for (char c : word) {
    if (IsAsciiLetter(c) || static_cast<unsigned char>(c) >= 0xC0) {
      if (++letters >= kWordMinLetters) return true;
    }
  }
  return false;
}

// A number word starts with a digit, perhaps after "(" or "$".
bool IsNumberWord(absl::string_view word) {
  if (!word.empty() && (word[0] == '(' || word[0] == '$'))
    word.remove_prefix(1);
  return !word.empty() && Digit(word[0]);
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
    const absl::string_view word = line.substr(start, i - start);
    if (IsLetterWord(word)) ++f->letter_words;
    if (IsNumberWord(word)) ++f->numbers;
    const char last = line[i - 1];
    if (i < n && (last == '.' || last == '!' || last == '?')) {
      ++f->inner_sentences;
    }
    if (count_stops) {
      absl::string_view w = absl::StripSuffix(word, ",");
      if (Vocabulary().IsStopWord(w)) ++stops;
    }
  }
  f->stop_ratio = f->words == 0 ? 0 : static_cast<double>(stops) / f->words;
}

// Where `cue` (or its plural in -s) first occurs in `s` as whole words, or
// npos: "follow" does not match "following"; multi-byte letters count as
// letters.
size_t FindWord(absl::string_view s, absl::string_view cue) {
  for (size_t pos = s.find(cue); pos != absl::string_view::npos;
       pos = s.find(cue, pos + 1)) {
    size_t end = pos + cue.size();
    if (end < s.size() && s[end] == 's') ++end;  // English plural.
    const bool glued_after =
        end < s.size() && (std::isalpha(static_cast<unsigned char>(s[end])) ||
                           static_cast<unsigned char>(s[end]) >= 0x80);
    const bool glued_before =
        pos > 0 && std::isalpha(static_cast<unsigned char>(s[pos - 1]));
    if (!glued_after && !glued_before) return pos;
  }
  return absl::string_view::npos;
}

// Prompts and labels are short: longer lines are prose or titles.
constexpr int kPromptMaxWords = 12;
// A ui_verb or related cue ("Chia sẻ Facebook Zalo") labels a line it
// starts when the line is this short, or any line at most this much longer
// than the cue.
constexpr int kUiVerbLabelMaxWords = 8;
constexpr int kUiVerbExtraWords = 2;

int WordsIn(absl::string_view phrase) {
  return 1 + static_cast<int>(std::count(phrase.begin(), phrase.end(), ' '));
}

// "Đăng ký" is a button, "Cách đăng ký tài khoản định danh" a headline and
// "Các bước đăng ký:" the start of a list.
bool IsLabel(absl::string_view folded, absl::string_view cue,
             const LineFeatures& f) {
  const size_t pos = FindWord(folded, cue);
  if (pos == absl::string_view::npos) return false;
  if (pos == 0) return f.words <= kUiVerbLabelMaxWords;
  return !f.ends_colon && f.words <= WordsIn(cue) + kUiVerbExtraWords;
}

void PromptFeatures(absl::string_view folded, LineFeatures* f) {
  if (f->words > kPromptMaxWords) return;
  const BoilerplateVocabulary& v = Vocabulary();
  // A heading starts with its cue or is little more than it: "thông tin
  // khác về đường hầm" holds "tin khác" and heads a list of facts.
  for (absl::string_view cue : v.Cues(CueClass::kRelated)) {
    if (IsLabel(folded, cue, *f)) f->related = true;
  }
  for (absl::string_view cue : v.Cues(CueClass::kUi)) {
    if (FindWord(folded, cue) != absl::string_view::npos) f->prompt = true;
  }
  for (absl::string_view cue : v.Cues(CueClass::kUiVerb)) {
    if (IsLabel(folded, cue, *f)) f->prompt = true;
  }
  // A question to the reader: "Bạn thấy bài viết này có hữu ích không?"
  const bool second_person =
      absl::StrContains(folded, "bạn") || absl::StrContains(folded, "you");
  if (second_person && absl::StrContains(folded, "?")) f->prompt = true;
  if (f->related) f->prompt = true;
}

}  // namespace

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

namespace {

// A label is a few words; the value a few more, or a list of names.
constexpr int kLabelMaxWords = 6;
constexpr int kValueMaxWords = 8;
constexpr int kEnumerationMinCommas = 2;

// A ':' that is not inside a time or score ("0:15", "10:30").
size_t LabelColon(absl::string_view s) {
  for (size_t i = s.find(':'); i != absl::string_view::npos;
       i = s.find(':', i + 1)) {
    const bool digit_before = i > 0 && Digit(s[i - 1]);
    const bool digit_after = i + 1 < s.size() && Digit(s[i + 1]);
    if (!(digit_before && digit_after)) return i;
  }
  return absl::string_view::npos;
}

// Words of `s`, counting stops at `cap` (a label or value that is already
// too long needs no exact count, and lines run to 100 KB).
int WordCount(absl::string_view s, int cap) {
  int words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word && ++words >= cap) return words;
    in_word = !space;
  }
  return words;
}

// At least `n` commas or semicolons in `s`.
bool HasSeparators(absl::string_view s, int n) {
  for (char c : s) {
    if ((c == ',' || c == ';') && --n <= 0) return true;
  }
  return false;
}

// A label colon may follow a longer label when the neighbours vouch for the
// line (an item of a list of pairs).
constexpr int kLongLabelMaxWords = 10;

bool HasLabelColon(absl::string_view s) {
  const size_t colon = LabelColon(s);
  return colon != absl::string_view::npos && colon > 0 &&
         WordCount(s.substr(0, colon), kLongLabelMaxWords + 1) <=
             kLongLabelMaxWords &&
         WordCount(s.substr(colon + 1), 1) > 0;
}

// "Thủ môn: Mariano Andujar (Estudiantes), Nahuel Guzman (Club Tigres)" and
// "Bắp cải: 3.000 đồng/kg" are pairs; "Minh Dự: Vì không phải diễn viên
// ngôi sao nên tôi càng cố gắng" is a headline quoting someone.
bool IsLabelValue(absl::string_view s) {
  const size_t colon = LabelColon(s);
  if (colon == absl::string_view::npos || colon == 0) return false;
  if (WordCount(s.substr(0, colon), kLabelMaxWords + 1) > kLabelMaxWords) {
    return false;
  }
  const absl::string_view value = s.substr(colon + 1);
  const int value_words = WordCount(value, kValueMaxWords + 1);
  if (value_words == 0) return false;
  return value_words <= kValueMaxWords ||
         HasSeparators(value, kEnumerationMinCommas);
}

bool EndsListPunct(absl::string_view s) {
  return !s.empty() && (s.back() == ';' || s.back() == ',');
}

bool IsLetterByte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || std::isalpha(u);
}

// The part after the last letter holds a date or time: "... 20/06/2022
// 08:00", "... (04/05 10:15)". A sentence ending with a date is not this.
bool EndsWithTime(absl::string_view s, bool ends_sentence) {
  if (ends_sentence) return false;
  size_t tail = s.size();
  while (tail > 0 && !IsLetterByte(s[tail - 1])) --tail;
  return tail > 0 && HasTimestamp(s.substr(tail));
}

constexpr absl::string_view kMenuSeparators[] = {" | ", " » ", " › ", " > ",
                                                 " / "};
constexpr int kMenuItemMaxWords = 4;

// "Trang chủ / Tuyển sinh", "Home | World | Business": every item short.
bool IsMenu(absl::string_view s) {
  for (absl::string_view sep : kMenuSeparators) {
    if (!absl::StrContains(s, sep)) continue;
    bool short_items = true;
    for (absl::string_view item : absl::StrSplit(s, sep)) {
      if (WordCount(item, kMenuItemMaxWords + 1) > kMenuItemMaxWords) {
        short_items = false;
      }
    }
    if (short_items) return true;
  }
  return false;
}

// A byline or source line is short, starts with its cue and is no sentence
// ("Theo Bộ Công Thương", not "Theo ông, cần làm rõ.").
constexpr int kBylineMaxWords = 8;

bool StartsLikeByline(absl::string_view folded, const LineFeatures& f) {
  if (f.words > kBylineMaxWords || f.ends_sentence) return false;
  for (absl::string_view cue : Vocabulary().Cues(CueClass::kByline)) {
    if (absl::StartsWith(folded, cue) && folded.size() > cue.size() &&
        folded[cue.size()] == ' ') {
      return true;
    }
  }
  return false;
}

// A caption's credit opens or closes it ("Ảnh: Reuters ...", "... (Ảnh:
// KCNA)."); a sentence that points at its photo ("Nhật hoàng Akihito (ảnh),
// 83 tuổi, ...") is no caption. Short lines are credits wherever the cue.
constexpr size_t kCreditEdgeBytes = 48;
constexpr int kCreditAnywhereMaxWords = 12;

bool HasCredit(absl::string_view folded, int words) {
  for (absl::string_view cue : Vocabulary().Cues(CueClass::kCredit)) {
    const size_t pos = folded.find(cue);
    if (pos == absl::string_view::npos) continue;
    const size_t last = folded.rfind(cue);
    if (words <= kCreditAnywhereMaxWords || pos < kCreditEdgeBytes ||
        last + cue.size() + kCreditEdgeBytes > folded.size()) {
      return true;
    }
  }
  return false;
}

void VocabularyFeatures(absl::string_view line, LineFeatures* f) {
  const std::string folded = NormalizeKey(line, false);
  f->credit = HasCredit(folded, f->words);
  for (absl::string_view cue : Vocabulary().Cues(CueClass::kFooter)) {
    if (absl::StrContains(folded, cue)) f->footer = true;
  }
  if (EndsWithWirePhotoCredit(line)) f->credit = true;
  f->image_alt = EndsWithImageNumber(folded);
  PromptFeatures(folded, f);
  f->byline = StartsLikeByline(folded, *f);
  f->title_key = TitleKey(folded, f->image_alt);
}

}  // namespace

std::vector<Span> SplitLines(absl::string_view text) {
  // memchr finds each newline many bytes at a time: lines are paragraphs,
  // hundreds of bytes long.
  std::vector<Span> lines;
  const char* const data = text.data();
  const uint32_t size = static_cast<uint32_t>(text.size());
  uint32_t start = 0;
  while (true) {
    const void* nl =
        size > start ? std::memchr(data + start, '\n', size - start) : nullptr;
    if (nl == nullptr) break;
    const uint32_t end =
        static_cast<uint32_t>(static_cast<const char*>(nl) - data);
    lines.push_back({start, end});
    start = end + 1;
  }
  lines.push_back({start, size});
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
  f.ends_question = f.ends_sentence && WithoutClosers(s).back() == '?';
  f.ends_colon = s.back() == ':';
  f.list_item = StartsListItem(s);
  CountWords(s, !f.ends_sentence, &f);
  // One pass each, whatever the length: a table glued into one long line
  // is a list of facts too.
  f.ends_list_punct = EndsListPunct(s);
  f.label_value = IsLabelValue(s);
  f.label_colon = HasLabelColon(s);
  if (s.size() <= kShortLineBytes) {
    f.timestamp = HasTimestamp(s);
    VocabularyFeatures(s, &f);
    f.trailing_time = EndsWithTime(s, f.ends_sentence);
    f.menu = IsMenu(s);
  }
  return f;
}

}  // namespace internal
}  // namespace wirecheck
