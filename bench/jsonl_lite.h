// bench/jsonl_lite.h: a minimal JSONL article reader for benchmarks only.
//
// Reads the string fields of one flat JSON object per line ("id"/"doc_id",
// "text", "title", "outlet", "cluster_id") with full string unescaping
// (\uXXXX and surrogate pairs); other values are skipped. It exists so the
// dedup benchmark and evaluation run before ingest's ParseJsonl lands; it
// does no UTF-8 repair or metadata inference and is not used by the tool.
//
//   std::vector<LiteRecord> recs = ReadJsonlLite(bytes, /*limit=*/1000);
#ifndef WIRECHECK_BENCH_JSONL_LITE_H_
#define WIRECHECK_BENCH_JSONL_LITE_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace wirecheck {

struct LiteRecord {
  std::string id;
  std::string title;
  std::string text;
  std::string outlet;
  std::string cluster;  // "cluster_id" as text (number or string), or "".
};

// Parses up to `limit` non-empty lines (limit < 0: all); malformed lines are
// skipped.
std::vector<LiteRecord> ReadJsonlLite(absl::string_view bytes, int limit);

}  // namespace wirecheck

#endif  // WIRECHECK_BENCH_JSONL_LITE_H_
