// report/json_writer.h: a small streaming JSON writer.
//
// The report stage writes one JSON document per run; this class makes that
// correct by construction (commas, escaping, nesting) without a DOM. Strings
// are escaped per RFC 8259. Article text is repaired by ingest, but ids and
// origins can come from file names, which are bytes: every byte that does not
// start a valid UTF-8 sequence (overlong, surrogate, past U+10FFFF,
// truncated) is written as U+FFFD, so the output is always valid UTF-8.
//
//   JsonWriter w;
//   w.BeginObject();
//   w.Key("schema"); w.Int(1);
//   w.Key("ids"); w.BeginArray(); w.String("a"); w.EndArray();
//   w.EndObject();
//   std::string out = w.Take();   // {"schema":1,"ids":["a"]}
#ifndef WIRECHECK_REPORT_JSON_WRITER_H_
#define WIRECHECK_REPORT_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace wirecheck {

class JsonWriter {
 public:
  // `indent` > 0 pretty-prints with that many spaces per level.
  explicit JsonWriter(int indent = 0) : indent_(indent) {}

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  // REQUIRES: inside an object, before the member's value.
  void Key(absl::string_view key);
  void String(absl::string_view value);
  void Int(int64_t value);
  // Finite values print with up to 4 decimals; NaN and infinities as null.
  void Double(double value);
  void Bool(bool value);
  void Null();
  // Inserts an already serialised JSON value (e.g. a claim's value object).
  void Raw(absl::string_view json);

  const std::string& str() const { return out_; }
  std::string Take() { return std::move(out_); }

  // JSON string literal for `value`, quotes included.
  static std::string Quote(absl::string_view value);

 private:
  void BeforeValue();
  void Newline();

  int indent_;
  std::string out_;
  // One entry per open container: true once it holds a member.
  std::vector<bool> has_member_;
  bool after_key_ = false;
};

}  // namespace wirecheck

#endif  // WIRECHECK_REPORT_JSON_WRITER_H_
