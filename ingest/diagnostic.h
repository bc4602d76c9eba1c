// ingest/diagnostic.h: one problem found while reading input.
//
// Ingest never stops a batch on bad input and never drops input silently:
// every skipped file or line, every repair (invalid UTF-8) and every renamed
// duplicate id becomes a Diagnostic that names the file, and where it helps
// the line and byte offset. The CLI prints them in the compiler style users
// already know how to read:
//
//   Diagnostic d{Diagnostic::Severity::kError, "in/a.jsonl", 12, -1,
//                "malformed JSON: expected ':' after key at column 9"};
//   d.ToString();  // "in/a.jsonl:12: error: malformed JSON: ..."
#ifndef WIRECHECK_INGEST_DIAGNOSTIC_H_
#define WIRECHECK_INGEST_DIAGNOSTIC_H_

#include <cstdint>
#include <string>

namespace wirecheck {

struct Diagnostic {
  // kNote: nothing was lost (a file in a scanned folder that is not an
  // article, such as README.md); counted in the summary, listed in JSON.
  enum class Severity { kNote, kWarning, kError };

  Severity severity = Severity::kError;
  std::string file;          // Path as given, or "<stdin>".
  int line = 0;              // 1-based; 0 when it concerns the whole file.
  int64_t byte_offset = -1;  // Offset in the file; -1 when not meaningful.
  std::string message;

  // "path:12: error: message", "path: warning: message (byte 40)".
  std::string ToString() const;
};

}  // namespace wirecheck

#endif  // WIRECHECK_INGEST_DIAGNOSTIC_H_
