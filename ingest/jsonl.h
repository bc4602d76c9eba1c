// ingest/jsonl.h: JSONL records to Articles, streamed.
//
// One JSON object per line. Fields read (first name present wins; unknown
// fields are ignored, so corpus files need no rewriting):
//   id        "id", "doc_id", "uuid", "newid", "file" (string or number)
//   url       "url", "link", "canonical_url"
//   outlet    "outlet", "source", "site", "site_name", "publisher"
//   published "published", "published_at", "published_time",
//             "datePublished", "date" (ISO 8601 and the forms in dates.h)
//   title     "title", "headline"
//   text      "text", "content", "body"; else "html" (extracted, html.h)
//   lead      "sapo", "lead", "summary", "description": prepended to the
//             text followed by "\n\n" unless the text already starts with it
// Missing fields are inferred and flagged: id "<file stem>:<line>", outlet
// from the URL host, title and date from the text header (metadata.h).
// A malformed line, or one without text, is skipped with an error naming
// file:line; the other lines are still read. Blank lines are ignored.
// Invalid UTF-8 is repaired per line and reported once per file with the
// file offset of the first bad byte.
//
//   JsonlReader reader("corpus.jsonl", options.max_file_bytes, &result);
//   while (ReadChunk(&chunk)) reader.Feed(chunk);  // Any chunk size.
//   reader.Finish();
#ifndef WIRECHECK_INGEST_JSONL_H_
#define WIRECHECK_INGEST_JSONL_H_

#include <cstdint>
#include <initializer_list>
#include <string>

#include "absl/strings/string_view.h"
#include "ingest/ingest.h"
#include "ingest/json_line.h"

namespace wirecheck {

class JsonlReader {
 public:
  // Lines longer than `max_line_bytes` are skipped as oversize.
  JsonlReader(absl::string_view name, int64_t max_line_bytes,
              IngestResult* result);

  // Consumes the next bytes of the file; lines may span chunks.
  void Feed(absl::string_view chunk);
  // Handles a last line without '\n' and reports per-file findings.
  void Finish();

  // For a shard of a file read on its own (a byte range that starts at a
  // line start, as distributed runs read them): the next byte fed is the
  // file's byte `offset`, the first line fed is line `lines_before + 1`, so
  // ids, origins and diagnostics name the same lines a whole-file read
  // does. Per-file findings (binary, empty, invalid UTF-8) are then about
  // the shard.
  // REQUIRES: called before the first Feed; lines_before >= 0, offset >= 0.
  void StartAt(int lines_before, int64_t offset);

 private:
  // Decides whether the file is binary from its first bytes.
  void Screen(absl::string_view probe);
  // Screens and reads the bytes held back for screening.
  void ReleaseHeld();
  // Reads the lines of `chunk` (after screening).
  void Lines(absl::string_view chunk);
  void HandleLine(absl::string_view line);
  // These move values out of `obj`, which is reused for the next line.
  void BuildArticle(JsonObject& obj);
  bool ReadText(JsonObject& obj, Article* article);
  // The first of `names` holding a non-blank string; other types warn.
  JsonField* StringField(JsonObject& obj,
                         std::initializer_list<absl::string_view> names);

  std::string name_;
  std::string stem_;
  int64_t max_line_bytes_;
  IngestResult* result_;

  bool started_ = false;
  bool screened_ = false;
  std::string held_;  // The first bytes, until there are enough to screen.
  bool binary_ = false;
  bool saw_content_ = false;
  std::string carry_;  // Start of a line that straddles chunks.
  bool carry_oversize_ = false;
  int line_no_ = 0;
  int64_t offset_ = 0;       // File offset of the next unread byte.
  int64_t line_offset_ = 0;  // File offset of the line being handled.
  int articles_before_ = 0;
  int64_t first_bad_utf8_ = -1;
  int bad_utf8_count_ = 0;
  int bad_utf8_lines_ = 0;
  JsonObject obj_;  // Reused across lines.
  std::string repaired_;
};

}  // namespace wirecheck

#endif  // WIRECHECK_INGEST_JSONL_H_
