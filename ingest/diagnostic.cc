#include "ingest/diagnostic.h"

#include "absl/strings/str_cat.h"

namespace wirecheck {

std::string Diagnostic::ToString() const {
  std::string out = file;
  if (line > 0) absl::StrAppend(&out, ":", line);
  absl::StrAppend(&out, ": ",
                  severity == Severity::kError     ? "error: "
                  : severity == Severity::kWarning ? "warning: "
                                                   : "note: ",
                  message);
  // "..., the first" + " at byte 40".
  if (byte_offset >= 0) absl::StrAppend(&out, " at byte ", byte_offset);
  return out;
}

}  // namespace wirecheck
