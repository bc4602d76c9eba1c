// ingest/json_line.h: a strict JSON parser for one JSONL record.
//
// A JSONL record is one JSON object on one line. ParseJsonObject checks the
// whole line against RFC 8259 (strings with every escape, \uXXXX surrogate
// pairs decoded to UTF-8, numbers, true/false/null, nested objects and
// arrays) and keeps the top-level members. Nested objects and arrays are
// validated and skipped: ingest only reads flat scalar fields. String
// content is copied in runs between escapes, never byte by byte, because
// this runs over 100+ MB corpora.
//
//   JsonObject obj;
//   absl::Status s = ParseJsonObject(R"({"id": "a1", "text": "x\u00e9"})",
//   &obj); const JsonField* text = obj.Find("text");  // text->value ==
//   "x\xC3\xA9"
//
// Errors are InvalidArgument and name the 1-based byte column:
// "expected ':' after object key at column 9".
#ifndef WIRECHECK_INGEST_JSON_LINE_H_
#define WIRECHECK_INGEST_JSON_LINE_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace wirecheck {

struct JsonField {
  enum class Type { kString, kNumber, kBool, kNull, kObject, kArray };

  std::string key;
  Type type = Type::kNull;
  // kString: decoded UTF-8; kNumber: the number as written; kBool: "true" or
  // "false"; empty for null, objects and arrays.
  std::string value;
};

struct JsonObject {
  std::vector<JsonField> fields;  // Top-level members in input order.
  // \uD800-\uDFFF escapes that were not part of a pair; each became U+FFFD.
  int lone_surrogates = 0;
  // Set when parsing failed because a string held invalid UTF-8 (the caller
  // may repair the line and parse again).
  bool invalid_utf8 = false;

  // The last member named `key` (JSON leaves duplicates to the reader; this
  // matches the common "last one wins"), or null.
  const JsonField* Find(absl::string_view key) const;
};

// Parses `line` (one JSON object, optional surrounding whitespace) into
// *out, replacing its previous contents. Raw bytes inside strings must be
// valid UTF-8; a caller that has already checked the whole line passes
// `line_is_valid_utf8` to skip checking again. Nesting deeper than 512
// levels is rejected.
absl::Status ParseJsonObject(absl::string_view line, JsonObject* out,
                             bool line_is_valid_utf8 = false);

}  // namespace wirecheck

#endif  // WIRECHECK_INGEST_JSON_LINE_H_
