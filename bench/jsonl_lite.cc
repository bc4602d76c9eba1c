#include "bench/jsonl_lite.h"

#include <cstdint>

#include "absl/strings/numbers.h"

namespace wirecheck {
namespace {

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    *out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out += static_cast<char>(0xC0 | (cp >> 6));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out += static_cast<char>(0xE0 | (cp >> 12));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (cp >> 18));
    *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool Hex4(absl::string_view s, size_t i, uint32_t* v) {
  if (i + 4 > s.size()) return false;
  *v = 0;
  for (size_t k = i; k < i + 4; ++k) {
    const char c = s[k];
    *v <<= 4;
    if (c >= '0' && c <= '9') *v |= c - '0';
    else if (c >= 'a' && c <= 'f') *v |= c - 'a' + 10;
    else if (c >= 'A' && c <= 'F') *v |= c - 'A' + 10;
    else return false;
  }
  return true;
}

// Parses the string starting at s[*i] == '"'; leaves *i after the quote.
bool ParseString(absl::string_view s, size_t* i, std::string* out) {
  out->clear();
  ++*i;
  while (*i < s.size()) {
    const char c = s[(*i)++];
    if (c == '"') return true;
    if (c != '\\') {
      *out += c;
      continue;
    }
    if (*i >= s.size()) return false;
    const char e = s[(*i)++];
    switch (e) {
      case 'n': *out += '\n'; break;
      case 't': *out += '\t'; break;
      case 'r': *out += '\r'; break;
      case 'b': *out += '\b'; break;
      case 'f': *out += '\f'; break;
      case 'u': {
        uint32_t cp;
        if (!Hex4(s, *i, &cp)) return false;
        *i += 4;
        uint32_t lo;
        if (cp >= 0xD800 && cp < 0xDC00 && *i + 6 <= s.size() &&
            s[*i] == '\\' && s[*i + 1] == 'u' && Hex4(s, *i + 2, &lo) &&
            lo >= 0xDC00 && lo < 0xE000) {
          cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          *i += 6;
        }
        if (cp >= 0xD800 && cp < 0xE000) cp = 0xFFFD;
        AppendUtf8(cp, out);
        break;
      }
      default: *out += e;
    }
  }
  return false;
}

// Skips a non-string value (number, literal, nested object/array).
bool SkipValue(absl::string_view s, size_t* i) {
  int depth = 0;
  std::string scratch;
  while (*i < s.size()) {
    const char c = s[*i];
    if (c == '"') {
      if (!ParseString(s, i, &scratch)) return false;
      if (depth == 0) return true;
      continue;
    }
    if (c == '{' || c == '[') ++depth;
    if (c == '}' || c == ']') {
      if (depth == 0) return true;
      --depth;
    }
    if (c == ',' && depth == 0) return true;
    ++*i;
  }
  return false;
}

void SkipSpace(absl::string_view s, size_t* i) {
  while (*i < s.size() && (s[*i] == ' ' || s[*i] == '\t' || s[*i] == '\r')) ++*i;
}

bool ParseLine(absl::string_view s, LiteRecord* rec) {
  size_t i = 0;
  SkipSpace(s, &i);
  if (i >= s.size() || s[i] != '{') return false;
  ++i;
  std::string key, value;
  for (;;) {
    SkipSpace(s, &i);
    if (i < s.size() && s[i] == '}') return true;
    if (i >= s.size() || s[i] != '"' || !ParseString(s, &i, &key)) return false;
    SkipSpace(s, &i);
    if (i >= s.size() || s[i] != ':') return false;
    ++i;
    SkipSpace(s, &i);
    if (i < s.size() && s[i] == '"') {
      if (!ParseString(s, &i, &value)) return false;
      if (key == "id" || key == "doc_id") rec->id = value;
      if (key == "title") rec->title = value;
      if (key == "text") rec->text = value;
      if (key == "outlet") rec->outlet = value;
      if (key == "cluster_id") rec->cluster = value;
    } else {
      const size_t start = i;
      if (!SkipValue(s, &i)) return false;
      if (key == "cluster_id") rec->cluster = std::string(s.substr(start, i - start));
      if (key == "id" || key == "doc_id") rec->id = std::string(s.substr(start, i - start));
    }
    SkipSpace(s, &i);
    if (i < s.size() && s[i] == ',') ++i;
  }
}

}  // namespace

std::vector<LiteRecord> ReadJsonlLite(absl::string_view bytes, int limit) {
  std::vector<LiteRecord> out;
  size_t pos = 0;
  while (pos < bytes.size() && (limit < 0 || static_cast<int>(out.size()) < limit)) {
    size_t end = bytes.find('\n', pos);
    if (end == absl::string_view::npos) end = bytes.size();
    LiteRecord rec;
    if (ParseLine(bytes.substr(pos, end - pos), &rec) && !rec.text.empty()) {
      if (rec.id.empty()) rec.id = "line" + std::to_string(out.size() + 1);
      out.push_back(std::move(rec));
    }
    pos = end + 1;
  }
  return out;
}

}  // namespace wirecheck
