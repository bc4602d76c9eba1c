#include "ingest/json_line.h"

#include <array>
#include <cstdint>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "ingest/utf8.h"

namespace wirecheck {
namespace {

constexpr int kMaxDepth = 512;

// Bytes that end a run of plain string content: '"', '\\' and controls.
constexpr std::array<bool, 256> MakeStringStops() {
  std::array<bool, 256> stops{};
  for (int c = 0; c < 0x20; ++c) stops[c] = true;
  stops['"'] = true;
  stops['\\'] = true;
  return stops;
}
constexpr std::array<bool, 256> kStringStops = MakeStringStops();

// Whether any of the 8 bytes at `p` is '"', '\\' or below 0x20, with the
// usual SWAR zero-byte tests (exact: no false positives or negatives).
bool HasStringStop(const unsigned char* p) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  uint64_t w;
  std::memcpy(&w, p, 8);
  const uint64_t quote = w ^ (kOnes * '"');
  const uint64_t backslash = w ^ (kOnes * '\\');
  const uint64_t has_quote = (quote - kOnes) & ~quote;
  const uint64_t has_backslash = (backslash - kOnes) & ~backslash;
  const uint64_t has_control = (w - kOnes * 0x20) & ~w;
  return ((has_quote | has_backslash | has_control) & kHigh) != 0;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

class Parser {
 public:
  Parser(absl::string_view s, JsonObject* out, bool valid_utf8)
      : s_(s), out_(out), check_utf8_(!valid_utf8) {}

  absl::Status ParseTopLevel() {
    SkipSpace();
    if (!Peek('{')) return Error("expected '{' at start of record");
    absl::Status st = ParseObject(/*depth=*/1, /*top_level=*/true);
    if (!st.ok()) return st;
    SkipSpace();
    if (pos_ != s_.size()) return Error("unexpected characters after object");
    return absl::OkStatus();
  }

 private:
  bool Peek(char c) const { return pos_ < s_.size() && s_[pos_] == c; }

  void SkipSpace() {
    while (pos_ < s_.size()) {
      const char c = s_[pos_];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
      ++pos_;
    }
  }

  absl::Status Error(absl::string_view what) const {
    return absl::InvalidArgumentError(
        absl::StrCat(what, " at column ", pos_ + 1));
  }

  // REQUIRES: Peek('{').
  absl::Status ParseObject(int depth, bool top_level) {
    if (depth > kMaxDepth) return Error("nesting deeper than 512 levels");
    ++pos_;
    SkipSpace();
    if (Peek('}')) {
      ++pos_;
      return absl::OkStatus();
    }
    std::string scratch_key;
    while (true) {
      SkipSpace();
      if (!Peek('"')) return Error("expected '\"' to start an object key");
      JsonField* field = nullptr;
      std::string* key = &scratch_key;
      if (top_level) {
        out_->fields.emplace_back();
        field = &out_->fields.back();
        key = &field->key;
      }
      absl::Status st = ParseString(key);
      if (!st.ok()) return st;
      SkipSpace();
      if (!Peek(':')) return Error("expected ':' after object key");
      ++pos_;
      SkipSpace();
      st = ParseValue(depth, field);
      if (!st.ok()) return st;
      SkipSpace();
      if (Peek(',')) {
        ++pos_;
        continue;
      }
      if (Peek('}')) {
        ++pos_;
        return absl::OkStatus();
      }
      return Error("expected ',' or '}' after object member");
    }
  }

  // REQUIRES: Peek('[').
  absl::Status ParseArray(int depth) {
    if (depth > kMaxDepth) return Error("nesting deeper than 512 levels");
    ++pos_;
    SkipSpace();
    if (Peek(']')) {
      ++pos_;
      return absl::OkStatus();
    }
    while (true) {
      SkipSpace();
      absl::Status st = ParseValue(depth, nullptr);
      if (!st.ok()) return st;
      SkipSpace();
      if (Peek(',')) {
        ++pos_;
        continue;
      }
      if (Peek(']')) {
        ++pos_;
        return absl::OkStatus();
      }
      return Error("expected ',' or ']' after array element");
    }
  }

  // Parses any value; when `field` is set, records its type and value.
  absl::Status ParseValue(int depth, JsonField* field) {
    if (pos_ >= s_.size())
      return Error("unexpected end of line, expected a value");
    JsonField::Type type;
    absl::Status st;
    std::string discard;
    std::string* value = field != nullptr ? &field->value : &discard;
    switch (s_[pos_]) {
      case '{':
        type = JsonField::Type::kObject;
        st = ParseObject(depth + 1, false);
        break;
      case '[':
        type = JsonField::Type::kArray;
        st = ParseArray(depth + 1);
        break;
      case '"':
        type = JsonField::Type::kString;
        st = ParseString(value);
        break;
      case 't':
        type = JsonField::Type::kBool;
        st = ParseLiteral("true", value);
        break;
      case 'f':
        type = JsonField::Type::kBool;
        st = ParseLiteral("false", value);
        break;
      case 'n':
        type = JsonField::Type::kNull;
        st = ParseLiteral("null", nullptr);
        break;
      default:
        type = JsonField::Type::kNumber;
        st = ParseNumber(value);
        break;
    }
    if (field != nullptr) field->type = type;
    return st;
  }

  absl::Status ParseLiteral(absl::string_view word, std::string* value) {
    if (s_.substr(pos_, word.size()) != word) return Error("invalid literal");
    pos_ += word.size();
    if (value != nullptr) value->assign(word.data(), word.size());
    return absl::OkStatus();
  }

  // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
  absl::Status ParseNumber(std::string* value) {
    const size_t start = pos_;
    if (Peek('-')) ++pos_;
    if (Peek('0')) {
      ++pos_;
    } else if (pos_ < s_.size() && IsDigit(s_[pos_])) {
      while (pos_ < s_.size() && IsDigit(s_[pos_])) ++pos_;
    } else {
      return Error("expected a value");
    }
    if (Peek('.')) {
      ++pos_;
      if (pos_ >= s_.size() || !IsDigit(s_[pos_])) {
        return Error("expected a digit after '.' in number");
      }
      while (pos_ < s_.size() && IsDigit(s_[pos_])) ++pos_;
    }
    if (Peek('e') || Peek('E')) {
      ++pos_;
      if (Peek('+') || Peek('-')) ++pos_;
      if (pos_ >= s_.size() || !IsDigit(s_[pos_])) {
        return Error("expected a digit in number exponent");
      }
      while (pos_ < s_.size() && IsDigit(s_[pos_])) ++pos_;
    }
    value->assign(s_.data() + start, pos_ - start);
    return absl::OkStatus();
  }

  // Reads the 4 hex digits after "\u". REQUIRES: pos_ at the first digit.
  bool ReadHex4(uint32_t* unit) {
    if (pos_ + 4 > s_.size()) return false;
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      const int h = HexValue(s_[pos_ + i]);
      if (h < 0) return false;
      v = (v << 4) | h;
    }
    pos_ += 4;
    *unit = v;
    return true;
  }

  // REQUIRES: pos_ just after "\u".
  absl::Status ParseUnicodeEscape(std::string* out) {
    uint32_t unit;
    if (!ReadHex4(&unit)) return Error("expected 4 hex digits after \\u");
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      // A high surrogate must be followed by an escaped low surrogate.
      const size_t save = pos_;
      uint32_t low;
      if (s_.substr(pos_, 2) == "\\u") {
        pos_ += 2;
        if (!ReadHex4(&low)) return Error("expected 4 hex digits after \\u");
        if (low >= 0xDC00 && low <= 0xDFFF) {
          AppendUtf8(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00), out);
          return absl::OkStatus();
        }
        pos_ = save;  // Not a pair: re-read that escape on its own.
      }
      ++out_->lone_surrogates;
      AppendUtf8(0xFFFD, out);
      return absl::OkStatus();
    }
    if (unit >= 0xDC00 && unit <= 0xDFFF) {
      ++out_->lone_surrogates;
      unit = 0xFFFD;
    }
    AppendUtf8(unit, out);
    return absl::OkStatus();
  }

  // Offset just past the closing quote of the string whose content starts
  // at `pos`, or s_.size() when unterminated (the decoder then reports it).
  size_t FindStringEnd(size_t pos) const {
    const auto* p = reinterpret_cast<const unsigned char*>(s_.data());
    const size_t n = s_.size();
    while (true) {
      while (pos + 8 <= n && !HasStringStop(p + pos)) pos += 8;
      while (pos < n && !kStringStops[p[pos]]) ++pos;
      if (pos >= n) return n;
      if (p[pos] == '"') return pos + 1;
      pos += p[pos] == '\\' ? 2 : 1;
    }
  }

  // REQUIRES: Peek('"'). Appends the decoded content to *out (cleared first).
  absl::Status ParseString(std::string* out) {
    out->clear();
    ++pos_;
    const auto* p = reinterpret_cast<const unsigned char*>(s_.data());
    const size_t n = s_.size();
    // Decoded text is never longer than the escaped text: one allocation
    // instead of repeated growth for 100 KB article bodies.
    const size_t raw_size = FindStringEnd(pos_) - pos_;
    if (raw_size > 16) out->reserve(raw_size);
    while (true) {
      const size_t run = pos_;
      while (pos_ + 8 <= n && !HasStringStop(p + pos_)) pos_ += 8;
      while (pos_ < n && !kStringStops[p[pos_]]) ++pos_;
      if (pos_ > run) {
        const absl::string_view chunk = s_.substr(run, pos_ - run);
        const size_t valid =
            check_utf8_ ? ValidUtf8Prefix(chunk) : chunk.size();
        if (valid != chunk.size()) {
          out_->invalid_utf8 = true;
          pos_ = run + valid;
          return Error("invalid UTF-8 in string");
        }
        out->append(chunk.data(), chunk.size());
      }
      if (pos_ >= n) return Error("unterminated string");
      const char c = s_[pos_];
      if (c == '"') {
        ++pos_;
        return absl::OkStatus();
      }
      if (c != '\\') return Error("unescaped control character in string");
      if (pos_ + 1 >= n) return Error("unterminated string");
      const char e = s_[pos_ + 1];
      pos_ += 2;
      switch (e) {
        case '"':
          out->push_back('"');
          break;
        case '\\':
          out->push_back('\\');
          break;
        case '/':
          out->push_back('/');
          break;
        case 'b':
          out->push_back('\b');
          break;
        case 'f':
          out->push_back('\f');
          break;
        case 'n':
          out->push_back('\n');
          break;
        case 'r':
          out->push_back('\r');
          break;
        case 't':
          out->push_back('\t');
          break;
        case 'u': {
          absl::Status st = ParseUnicodeEscape(out);
          if (!st.ok()) return st;
          break;
        }
        default:
          pos_ -= 1;
          return Error("invalid escape in string");
      }
    }
  }

  absl::string_view s_;
  size_t pos_ = 0;
  JsonObject* out_;
  bool check_utf8_;
};

}  // namespace

const JsonField* JsonObject::Find(absl::string_view key) const {
  for (auto it = fields.rbegin(); it != fields.rend(); ++it) {
    if (it->key == key) return &*it;
  }
  return nullptr;
}

absl::Status ParseJsonObject(absl::string_view line, JsonObject* out,
                             bool line_is_valid_utf8) {
  out->fields.clear();
  out->lone_surrogates = 0;
  out->invalid_utf8 = false;
  return Parser(line, out, line_is_valid_utf8).ParseTopLevel();
}

}  // namespace wirecheck
