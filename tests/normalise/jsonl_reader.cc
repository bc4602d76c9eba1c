#include "tests/normalise/jsonl_reader.h"

#include "absl/strings/str_split.h"
#include "ingest/json_line.h"

namespace wirecheck {

std::vector<JsonRecord> ReadJsonl(absl::string_view bytes, int limit) {
  std::vector<JsonRecord> out;
  for (absl::string_view line : absl::StrSplit(bytes, '\n')) {
    if (limit >= 0 && static_cast<int>(out.size()) >= limit) break;
    JsonObject object;
    if (line.empty() || !ParseJsonObject(line, &object).ok()) continue;
    JsonRecord record;
    for (const JsonField& f : object.fields) {
      if (f.type == JsonField::Type::kString ||
          f.type == JsonField::Type::kNumber) {
        record[f.key] = f.value;
      }
    }
    out.push_back(std::move(record));
  }
  return out;
}

}  // namespace wirecheck
