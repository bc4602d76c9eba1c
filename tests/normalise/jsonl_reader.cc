#include "tests/normalise/jsonl_reader.h"

#include "absl/strings/str_split.h"

namespace wirecheck {
namespace {

void AppendUtf8(uint32_t c, std::string* out) {
  if (c < 0x80) {
    *out += static_cast<char>(c);
  } else if (c < 0x800) {
    *out += static_cast<char>(0xC0 | (c >> 6));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    *out += static_cast<char>(0xE0 | (c >> 12));
    *out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (c >> 18));
    *out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

bool Hex4(absl::string_view s, size_t i, uint32_t* v) {
  if (i + 4 > s.size()) return false;
  *v = 0;
  for (size_t k = i; k < i + 4; ++k) {
    const char ch = s[k];
    *v <<= 4;
    if (ch >= '0' && ch <= '9') *v |= ch - '0';
    else if (ch >= 'a' && ch <= 'f') *v |= ch - 'a' + 10;
    else if (ch >= 'A' && ch <= 'F') *v |= ch - 'A' + 10;
    else return false;
  }
  return true;
}

// Parses a JSON string starting after its opening quote; returns the index
// after the closing quote or npos.
size_t ParseString(absl::string_view s, size_t i, std::string* out) {
  while (i < s.size()) {
    const char ch = s[i];
    if (ch == '"') return i + 1;
    if (ch != '\\') {
      *out += ch;
      ++i;
      continue;
    }
    if (i + 1 >= s.size()) return absl::string_view::npos;
    const char e = s[i + 1];
    i += 2;
    switch (e) {
      case 'n': *out += '\n'; break;
      case 't': *out += '\t'; break;
      case 'r': *out += '\r'; break;
      case 'b': *out += '\b'; break;
      case 'f': *out += '\f'; break;
      case 'u': {
        uint32_t c;
        if (!Hex4(s, i, &c)) return absl::string_view::npos;
        i += 4;
        uint32_t low;
        if (c >= 0xD800 && c < 0xDC00 && i + 6 <= s.size() && s[i] == '\\' &&
            s[i + 1] == 'u' && Hex4(s, i + 2, &low) && low >= 0xDC00 &&
            low < 0xE000) {
          c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
          i += 6;
        } else if (c >= 0xD800 && c < 0xE000) {
          c = 0xFFFD;
        }
        AppendUtf8(c, out);
        break;
      }
      default: *out += e;
    }
  }
  return absl::string_view::npos;
}

bool ParseLine(absl::string_view line, JsonRecord* record) {
  size_t i = line.find('{');
  if (i == absl::string_view::npos) return false;
  ++i;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == ',')) ++i;
    if (i >= line.size() || line[i] == '}') return true;
    if (line[i] != '"') return false;
    std::string key;
    i = ParseString(line, i + 1, &key);
    if (i == absl::string_view::npos) return false;
    while (i < line.size() && (line[i] == ' ' || line[i] == ':')) ++i;
    if (i >= line.size()) return false;
    std::string value;
    if (line[i] == '"') {
      i = ParseString(line, i + 1, &value);
      if (i == absl::string_view::npos) return false;
    } else {
      const size_t start = i;
      while (i < line.size() && line[i] != ',' && line[i] != '}') ++i;
      value = std::string(line.substr(start, i - start));
    }
    (*record)[key] = std::move(value);
  }
  return true;
}

}  // namespace

std::vector<JsonRecord> ReadJsonl(absl::string_view bytes, int limit) {
  std::vector<JsonRecord> out;
  for (absl::string_view line : absl::StrSplit(bytes, '\n')) {
    if (limit >= 0 && static_cast<int>(out.size()) >= limit) break;
    JsonRecord record;
    if (!line.empty() && ParseLine(line, &record)) out.push_back(std::move(record));
  }
  return out;
}

}  // namespace wirecheck
