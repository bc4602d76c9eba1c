// ingest/json_line.cc: one JSONL record through simdjson's On-Demand API.
//
// simdjson validates UTF-8 and the structure of the whole line in one
// vectorised pass, then the walk below reads each top-level member in order
// and visits every nested value once, so a record is accepted only if all of
// it is valid JSON (On-Demand alone would skip nested values unchecked).
// Two things JSON allows are handled before or beside simdjson:
//   - \uD800-\uDFFF escapes that are not a surrogate pair: simdjson rejects
//     them; they are rewritten to \uFFFD first (same length, so columns in
//     errors still point into the caller's line) and counted.
//   - numbers of any size: simdjson rejects what does not fit a double or a
//     64-bit integer; ingest keeps numbers as written, so only their
//     grammar (RFC 8259 section 6) is checked.
#include "ingest/json_line.h"

#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "simdjson.h"

namespace wirecheck {
namespace {

namespace od = simdjson::ondemand;

constexpr int kMaxDepth = 512;

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The code unit of the \uXXXX escape at s[pos] (pos at the backslash), or
// -1 when there is none.
int EscapedUnit(const std::string& s, size_t pos) {
  if (pos + 6 > s.size() || s[pos] != '\\' || s[pos + 1] != 'u') return -1;
  int unit = 0;
  for (size_t i = pos + 2; i < pos + 6; ++i) {
    const int h = HexValue(s[i]);
    if (h < 0) return -1;
    unit = unit * 16 + h;
  }
  return unit;
}

bool IsHighSurrogate(int u) { return u >= 0xD800 && u <= 0xDBFF; }
bool IsLowSurrogate(int u) { return u >= 0xDC00 && u <= 0xDFFF; }

// Rewrites every unpaired surrogate escape in `s` to \uFFFD and returns how
// many there were. Escapes are found by walking backslashes left to right,
// so the 'u' of an escaped backslash ("\\u") is never taken for an escape.
int ReplaceLoneSurrogates(std::string* s) {
  int replaced = 0;
  size_t pos = s->find('\\');
  while (pos != std::string::npos && pos + 1 < s->size()) {
    const int unit = EscapedUnit(*s, pos);
    size_t next = pos + 2;
    if (IsHighSurrogate(unit) && IsLowSurrogate(EscapedUnit(*s, pos + 6))) {
      next = pos + 12;
    } else if (IsHighSurrogate(unit) || IsLowSurrogate(unit)) {
      s->replace(pos + 2, 4, "FFFD");
      ++replaced;
      next = pos + 6;
    }
    pos = s->find('\\', next);
  }
  return replaced;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Whether `t` is exactly one JSON number:
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool IsJsonNumber(absl::string_view t) {
  size_t i = 0;
  auto digits = [&]() {
    const size_t start = i;
    while (i < t.size() && IsDigit(t[i])) ++i;
    return i > start;
  };
  if (i < t.size() && t[i] == '-') ++i;
  if (i < t.size() && t[i] == '0') {
    ++i;
  } else if (!digits()) {
    return false;
  }
  if (i < t.size() && t[i] == '.') {
    ++i;
    if (!digits()) return false;
  }
  if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
    ++i;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
    if (!digits()) return false;
  }
  return i == t.size();
}

// Walks one padded line. Errors carry the 1-based column simdjson stopped
// at when it knows it.
class Walker {
 public:
  Walker(const std::string& line, od::document* doc) : line_(line), doc_(doc) {}

  absl::Status Record(JsonObject* out) {
    od::object object;
    if (auto e = doc_->get_object().get(object)) {
      if (e == simdjson::INCORRECT_TYPE) {
        return Error("expected '{': a record is one JSON object");
      }
      return Error(e);
    }
    for (auto member : object) {
      std::string_view key;
      od::value value;
      if (auto e = member.unescaped_key().get(key)) return Error(e);
      if (auto e = member.value().get(value)) return Error(e);
      JsonField& field = out->fields.emplace_back();
      field.key.assign(key.data(), key.size());
      absl::Status st = Scalar(value, &field);
      if (!st.ok()) return st;
    }
    const char* at = nullptr;
    if (doc_->current_location().get(at) != simdjson::OUT_OF_BOUNDS) {
      return Error("unexpected characters after object");
    }
    return absl::OkStatus();
  }

 private:
  // A top-level member's value into *field.
  absl::Status Scalar(od::value value, JsonField* field) {
    od::json_type type;
    if (auto e = value.type().get(type)) return Error(e);
    switch (type) {
      case od::json_type::string: {
        std::string_view s;
        if (auto e = value.get_string().get(s)) return Error(e);
        field->type = JsonField::Type::kString;
        field->value.assign(s.data(), s.size());
        return absl::OkStatus();
      }
      case od::json_type::number:
        field->type = JsonField::Type::kNumber;
        return Number(value, &field->value);
      case od::json_type::boolean: {
        bool b = false;
        absl::Status st = Bool(value, &b);
        if (!st.ok()) return st;
        field->type = JsonField::Type::kBool;
        field->value = b ? "true" : "false";
        return absl::OkStatus();
      }
      case od::json_type::null:
        field->type = JsonField::Type::kNull;
        return Null(value);
      case od::json_type::object:
        field->type = JsonField::Type::kObject;
        return Nested(value, /*depth=*/2);
      case od::json_type::array:
        field->type = JsonField::Type::kArray;
        return Nested(value, /*depth=*/2);
    }
    return Error("expected a value");
  }

  // Checks a nested value (its contents are not kept). `depth` counts the
  // record itself as 1.
  absl::Status Nested(od::value value, int depth) {
    if (depth > kMaxDepth) {
      return Error(absl::StrCat("nesting deeper than ", kMaxDepth, " levels"));
    }
    od::json_type type;
    if (auto e = value.type().get(type)) return Error(e);
    switch (type) {
      case od::json_type::object: {
        od::object object;
        if (auto e = value.get_object().get(object)) return Error(e);
        for (auto member : object) {
          std::string_view key;
          od::value child;
          if (auto e = member.unescaped_key().get(key)) return Error(e);
          if (auto e = member.value().get(child)) return Error(e);
          absl::Status st = Nested(child, depth + 1);
          if (!st.ok()) return st;
        }
        return absl::OkStatus();
      }
      case od::json_type::array: {
        od::array array;
        if (auto e = value.get_array().get(array)) return Error(e);
        for (auto element : array) {
          od::value child;
          if (auto e = element.get(child)) return Error(e);
          absl::Status st = Nested(child, depth + 1);
          if (!st.ok()) return st;
        }
        return absl::OkStatus();
      }
      case od::json_type::string: {
        std::string_view s;
        if (auto e = value.get_string().get(s)) return Error(e);
        return absl::OkStatus();
      }
      case od::json_type::number: {
        std::string ignored;
        return Number(value, &ignored);
      }
      case od::json_type::boolean: {
        bool ignored = false;
        return Bool(value, &ignored);
      }
      case od::json_type::null:
        return Null(value);
    }
    return Error("expected a value");
  }

  absl::Status Number(od::value value, std::string* out) {
    const std::string_view raw = value.raw_json_token();
    const absl::string_view token = absl::StripTrailingAsciiWhitespace(
        absl::string_view(raw.data(), raw.size()));
    if (!IsJsonNumber(token)) {
      return ErrorAt("invalid number", token.data() - line_.data());
    }
    out->assign(token.data(), token.size());
    return absl::OkStatus();
  }

  absl::Status Bool(od::value value, bool* out) {
    if (value.get_bool().get(*out)) return Error("invalid literal");
    return absl::OkStatus();
  }

  absl::Status Null(od::value value) {
    bool is_null = false;
    if (auto e = value.is_null().get(is_null)) return Error(e);
    if (!is_null) return Error("invalid literal");
    return absl::OkStatus();
  }

  absl::Status Error(simdjson::error_code e) {
    return Error(simdjson::error_message(e));
  }

  absl::Status Error(absl::string_view message) {
    const char* at = nullptr;
    if (doc_->current_location().get(at) == simdjson::SUCCESS) {
      return ErrorAt(message, at - line_.data());
    }
    return absl::InvalidArgumentError(message);
  }

  absl::Status ErrorAt(absl::string_view message, ptrdiff_t offset) {
    return absl::InvalidArgumentError(
        absl::StrCat(message, " at column ", offset + 1));
  }

  const std::string& line_;
  od::document* doc_;
};

// One parser and one padded copy of the line per thread, reused: simdjson
// reads up to SIMDJSON_PADDING bytes past the input, and a caller's line
// may end at the end of its buffer.
struct ThreadState {
  od::parser parser;
  std::string padded;

  // Both grow to the longest line read; one huge record should not keep
  // its buffers for the rest of the thread's life.
  void ReleaseIfLarge() {
    constexpr size_t kKeepBytes = size_t{16} << 20;
    if (padded.capacity() <= kKeepBytes) return;
    parser = od::parser();
    std::string().swap(padded);
  }
};

absl::Status Parse(absl::string_view line, ThreadState* state,
                   JsonObject* out) {
  std::string& padded = state->padded;
  padded.reserve(line.size() + simdjson::SIMDJSON_PADDING);
  padded.assign(line.data(), line.size());
  out->lone_surrogates = ReplaceLoneSurrogates(&padded);
  if (absl::StripAsciiWhitespace(padded).empty()) {
    return absl::InvalidArgumentError(
        "expected '{': a record is one JSON object");
  }
  od::document doc;
  if (auto e =
          state->parser.iterate(padded.data(), padded.size(), padded.capacity())
              .get(doc)) {
    out->invalid_utf8 = e == simdjson::UTF8_ERROR;
    return absl::InvalidArgumentError(simdjson::error_message(e));
  }
  return Walker(padded, &doc).Record(out);
}

}  // namespace

const JsonField* JsonObject::Find(absl::string_view key) const {
  for (auto it = fields.rbegin(); it != fields.rend(); ++it) {
    if (it->key == key) return &*it;
  }
  return nullptr;
}

absl::Status ParseJsonObject(absl::string_view line, JsonObject* out) {
  out->fields.clear();
  out->lone_surrogates = 0;
  out->invalid_utf8 = false;
  thread_local ThreadState state;
  absl::Status st = Parse(line, &state, out);
  state.ReleaseIfLarge();
  return st;
}

}  // namespace wirecheck
