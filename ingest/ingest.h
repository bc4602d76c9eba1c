// ingest/ingest.h: bytes in, Articles and Diagnostics out.
//
// The ingest stage turns what scrapers save into wirecheck::Articles:
//   .txt   one article per file; Article::text is the file's bytes (UTF-8
//          repaired); title, date and outlet are inferred from the header
//          (see metadata.h and dates.h) and flagged *_inferred.
//   .html  main text extracted with gumbo (see html.h); metadata from
//          og:/article: meta tags, falling back to inference.
//   .jsonl one article per line (see jsonl.h for the field names).
// The parsers here take a name (used in diagnostics, ids and origins) and
// the bytes, and never touch the filesystem: ingest/files.h walks paths and
// calls them. Bad input never stops a batch and never passes silently: it
// is skipped with an error Diagnostic and counted by reason, and repairs
// (invalid UTF-8, renamed duplicate ids) are warnings.
//
//   IngestResult r;
//   ParseTxtArticle("in/a.txt", bytes, &r);
//   ParseJsonl("in/b.jsonl", jsonl_bytes, &r);
//   for (const Diagnostic& d : r.diagnostics) std::cerr << d.ToString() <<
//   "\n"; std::cerr << r.Summary() << "\n";
//   // "read 7 articles from 2 files; skipped 1 (1 malformed JSONL line); 1
//   warning"
#ifndef WIRECHECK_INGEST_INGEST_H_
#define WIRECHECK_INGEST_INGEST_H_

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "ingest/article.h"
#include "ingest/diagnostic.h"

namespace wirecheck {

struct IngestOptions {
  // Largest .txt/.html file read, and largest single JSONL line (a JSONL
  // file is streamed, so a 125 MB corpus is fine; one 64 MiB article is
  // not).
  int64_t max_file_bytes = int64_t{64} << 20;
};

// Why an input (a file, a JSONL line, a directory) yielded no article.
enum class SkipReason {
  kEmpty,           // Empty or whitespace-only file.
  kBinary,          // NUL bytes or mostly control bytes.
  kOversize,        // Larger than IngestOptions::max_file_bytes.
  kMalformedJsonl,  // A JSONL line that is not one valid JSON object.
  kMissingText,     // A JSONL line without a usable "text" or "html".
  kNoText,          // HTML or text with no extractable text.
  kUnsupported,     // Extension wirecheck does not read (.pdf, .gz).
  kUnreadable,      // I/O error, permission denied.
  kMissingPath,     // Path does not exist.
  kEmptyDirectory,  // Directory with no readable articles.
  kNumReasons,
};

// "empty", "binary", "malformed JSONL line", ...; plural when n != 1.
std::string SkipReasonLabel(SkipReason reason, int n);

struct IngestResult {
  std::vector<Article> articles;
  std::vector<Diagnostic> diagnostics;  // In the order found.
  int files_read = 0;                   // Files that yielded >= 1 article.
  int warnings = 0;                     // Repairs: each is a diagnostic too.
  int ignored = 0;  // Files in scanned folders that are not articles.
  std::array<int, static_cast<int>(SkipReason::kNumReasons)> skipped{};

  // Appends `article`; a duplicate id gets "#2", "#3", ... and a warning.
  void AddArticle(Article article);
  // Records a repair or oddity that did not cost any input.
  void Warn(absl::string_view file, int line, int64_t byte_offset,
            std::string message);
  // Records a file met while walking a folder that is not an article
  // (README.md, .DS_Store, a BUILD file): a note, not an error.
  void Ignore(absl::string_view file, std::string message);
  // Records input that yielded no article, as an error diagnostic.
  void Skip(SkipReason reason, absl::string_view file, int line,
            std::string message);

  int total_skipped() const;
  int skipped_for(SkipReason r) const { return skipped[static_cast<int>(r)]; }
  // "read 7 articles from 6 files; skipped 3 (1 empty, 1 binary, 1 malformed
  // JSONL line); 1 warning".
  std::string Summary() const;
  bool nothing_usable() const { return articles.empty(); }

 private:
  absl::flat_hash_map<std::string, std::string> origin_by_id_;
};

// One scraped article as plain text. `name` is the path (or any label).
void ParseTxtArticle(absl::string_view name, absl::string_view bytes,
                     IngestResult* result);

// One HTML page; see html.h for what counts as main text.
void ParseHtmlArticle(absl::string_view name, absl::string_view bytes,
                      IngestResult* result);

// A whole JSONL buffer (for streaming use JsonlReader in jsonl.h).
void ParseJsonl(absl::string_view name, absl::string_view bytes,
                IngestResult* result);

// Shared checks before parsing a whole-file input: skips (and returns false
// for) empty and binary input; otherwise sets *text to the UTF-8-repaired
// bytes without a leading BOM and warns about any repair.
bool ScreenFileBytes(absl::string_view name, absl::string_view bytes,
                     IngestResult* result, std::string* text);

// How much of a file LooksBinary reads.
inline constexpr size_t kBinaryProbeBytes = 64 * 1024;

// True for bytes that are not text: a NUL byte, or more than 10% control
// bytes other than \t \n \r \f \v ESC, in the first kBinaryProbeBytes.
bool LooksBinary(absl::string_view bytes);

}  // namespace wirecheck

#endif  // WIRECHECK_INGEST_INGEST_H_
