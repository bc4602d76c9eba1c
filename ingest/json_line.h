// ingest/json_line.h: a strict JSON parser for one JSONL record.
//
// A JSONL record is one JSON object on one line. ParseJsonObject checks the
// whole line against RFC 8259 with simdjson (strings with every escape,
// \uXXXX surrogate pairs decoded to UTF-8, numbers, true/false/null, nested
// objects and arrays) and keeps the top-level members. Nested objects and
// arrays are validated and skipped: ingest only reads flat scalar fields.
//
//   JsonObject obj;
//   absl::Status s = ParseJsonObject(R"({"id": "a1", "text": "x\u00e9"})",
//   &obj); const JsonField* text = obj.Find("text");  // text->value ==
//   "x\xC3\xA9"
//
// Errors are InvalidArgument with simdjson's description and, where the
// parser knows it, the 1-based byte column: "The JSON document has an
// improper structure: ... at column 6".
//
// Thread safety: safe to call from several threads at once; each thread
// reuses its own simdjson parser and line buffer.
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
  // Set when parsing failed because the line is not valid UTF-8 (the caller
  // may repair the line and parse again). simdjson checks the whole line
  // before its structure, so a bad byte outside a string sets it too; the
  // repaired line then fails on its structure.
  bool invalid_utf8 = false;

  // The last member named `key` (JSON leaves duplicates to the reader; this
  // matches the common "last one wins"), or null.
  const JsonField* Find(absl::string_view key) const;
};

// Parses `line` (one JSON object, optional surrounding whitespace) into
// *out, replacing its previous contents. The line must be valid UTF-8.
// Nesting deeper than 512 levels is rejected. Numbers may have any size
// (kept as written, as JSON allows).
absl::Status ParseJsonObject(absl::string_view line, JsonObject* out);

}  // namespace wirecheck

#endif  // WIRECHECK_INGEST_JSON_LINE_H_
