// Whole-file screening (empty, binary, UTF-8) and the .txt parser.
#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "ingest/dates.h"
#include "ingest/ingest.h"
#include "ingest/metadata.h"
#include "ingest/utf8.h"

namespace wirecheck {
namespace {

constexpr absl::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool IsTextControl(unsigned char c) {
  return c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         c == 0x1B;
}

bool IsUtf16Bom(absl::string_view bytes) {
  return absl::StartsWith(bytes, "\xFF\xFE") ||
         absl::StartsWith(bytes, "\xFE\xFF");
}

std::string BinaryReason(absl::string_view bytes) {
  if (IsUtf16Bom(bytes))
    return "binary file (UTF-16 text? convert it to UTF-8)";
  const size_t nul = bytes.substr(0, kBinaryProbeBytes).find('\0');
  if (nul != absl::string_view::npos) {
    return absl::StrCat("binary file (NUL byte at offset ", nul, ")");
  }
  return "binary file (mostly control bytes)";
}

}  // namespace

bool LooksBinary(absl::string_view bytes) {
  const absl::string_view probe = bytes.substr(0, kBinaryProbeBytes);
  if (probe.find('\0') != absl::string_view::npos) return true;
  size_t control = 0;
  for (char ch : probe) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c < 0x20 && !IsTextControl(c)) || c == 0x7F) ++control;
  }
  return control * 10 > probe.size();
}

bool ScreenFileBytes(absl::string_view name, absl::string_view bytes,
                     IngestResult* result, std::string* text) {
  if (LooksBinary(bytes)) {
    result->Skip(SkipReason::kBinary, name, 0, BinaryReason(bytes));
    return false;
  }
  const bool bom = absl::StartsWith(bytes, kUtf8Bom);
  if (bom) bytes.remove_prefix(kUtf8Bom.size());
  if (absl::StripAsciiWhitespace(bytes).empty()) {
    result->Skip(
        SkipReason::kEmpty, name, 0,
        bytes.empty() ? "empty file" : "file contains only whitespace");
    return false;
  }
  int64_t first_bad;
  int bad;
  *text = RepairUtf8(bytes, &first_bad, &bad);
  if (bad > 0) {
    result->Warn(name, 0, first_bad + (bom ? 3 : 0),
                 absl::StrFormat("invalid UTF-8: %d bad sequence%s replaced "
                                 "with U+FFFD, the first",
                                 bad, bad == 1 ? "" : "s"));
  }
  return true;
}

void ParseTxtArticle(absl::string_view name, absl::string_view bytes,
                     IngestResult* result) {
  Article a;
  if (!ScreenFileBytes(name, bytes, result, &a.text)) return;
  a.origin = std::string(name);
  a.id = FileStem(name);
  a.id_inferred = true;
  a.title = InferTitle(a.text);
  a.title_inferred = !a.title.empty();
  a.published = InferPublishedFromText(a.text);
  a.published_inferred = a.published.known();
  a.outlet = InferOutletFromText(a.text);
  a.outlet_inferred = !a.outlet.empty();
  result->AddArticle(std::move(a));
  ++result->files_read;
}

}  // namespace wirecheck
