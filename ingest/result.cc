// IngestResult bookkeeping: duplicate ids, diagnostics and the summary.
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "ingest/ingest.h"

namespace wirecheck {
namespace {

const char* Singular(SkipReason reason) {
  switch (reason) {
    case SkipReason::kEmpty:
      return "empty";
    case SkipReason::kBinary:
      return "binary";
    case SkipReason::kOversize:
      return "oversize";
    case SkipReason::kMalformedJsonl:
      return "malformed JSONL line";
    case SkipReason::kMissingText:
      return "JSONL line without text";
    case SkipReason::kNoText:
      return "without text";
    case SkipReason::kUnsupported:
      return "unsupported type";
    case SkipReason::kUnreadable:
      return "unreadable";
    case SkipReason::kMissingPath:
      return "missing path";
    case SkipReason::kEmptyDirectory:
      return "empty directory";
    case SkipReason::kNumReasons:
      break;
  }
  return "other";
}

const char* Plural(SkipReason reason) {
  switch (reason) {
    case SkipReason::kMalformedJsonl:
      return "malformed JSONL lines";
    case SkipReason::kMissingText:
      return "JSONL lines without text";
    case SkipReason::kUnsupported:
      return "unsupported types";
    case SkipReason::kMissingPath:
      return "missing paths";
    case SkipReason::kEmptyDirectory:
      return "empty directories";
    default:
      return Singular(reason);
  }
}

std::string Count(int n, absl::string_view one, absl::string_view many) {
  return absl::StrCat(n, " ", n == 1 ? one : many);
}

}  // namespace

std::string SkipReasonLabel(SkipReason reason, int n) {
  return n == 1 ? Singular(reason) : Plural(reason);
}

void IngestResult::AddArticle(Article article) {
  auto inserted = origin_by_id_.try_emplace(article.id, article.origin);
  if (!inserted.second) {
    const std::string first_origin = inserted.first->second;
    std::string renamed;
    for (int n = 2;; ++n) {
      renamed = absl::StrCat(article.id, "#", n);
      if (origin_by_id_.try_emplace(renamed, article.origin).second) break;
    }
    Warn(article.origin, 0, -1,
         absl::StrCat("duplicate id \"", article.id, "\" (first seen in ",
                      first_origin, "); renamed to \"", renamed, "\""));
    article.id = std::move(renamed);
  }
  articles.push_back(std::move(article));
}

void IngestResult::Warn(absl::string_view file, int line, int64_t byte_offset,
                        std::string message) {
  ++warnings;
  diagnostics.push_back({Diagnostic::Severity::kWarning, std::string(file),
                         line, byte_offset, std::move(message)});
}

void IngestResult::Skip(SkipReason reason, absl::string_view file, int line,
                        std::string message) {
  ++skipped[static_cast<int>(reason)];
  diagnostics.push_back({Diagnostic::Severity::kError, std::string(file), line,
                         -1, std::move(message)});
}

void IngestResult::Ignore(absl::string_view file, std::string message) {
  ++ignored;
  diagnostics.push_back({Diagnostic::Severity::kNote, std::string(file), 0, -1,
                         std::move(message)});
}

int IngestResult::total_skipped() const {
  int total = 0;
  for (int n : skipped) total += n;
  return total;
}

std::string IngestResult::Summary() const {
  std::string out =
      absl::StrCat("read ", Count(articles.size(), "article", "articles"),
                   " from ", Count(files_read, "file", "files"));
  if (total_skipped() > 0) {
    std::vector<std::string> parts;
    for (int r = 0; r < static_cast<int>(SkipReason::kNumReasons); ++r) {
      if (skipped[r] == 0) continue;
      parts.push_back(absl::StrCat(
          skipped[r], " ",
          SkipReasonLabel(static_cast<SkipReason>(r), skipped[r])));
    }
    absl::StrAppend(&out, "; skipped ", total_skipped(), " (",
                    absl::StrJoin(parts, ", "), ")");
  }
  if (warnings > 0) {
    absl::StrAppend(&out, "; ", Count(warnings, "warning", "warnings"));
  }
  if (ignored > 0) {
    absl::StrAppend(&out, "; ignored ",
                    Count(ignored, "file that is not an article",
                          "files that are not articles"));
  }
  return out;
}

}  // namespace wirecheck
