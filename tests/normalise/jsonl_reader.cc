#include "tests/normalise/jsonl_reader.h"

#include <cstdio>
#include <fstream>
#include <sstream>

#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "ingest/json_line.h"

namespace wirecheck {

std::string ReadCorpusFile(const std::string& path) {
  if (!absl::EndsWith(path, ".gz") && !absl::EndsWith(path, ".xz")) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  const std::string cmd =
      (absl::EndsWith(path, ".gz") ? "gzip -dc '" : "xz -dc '") + path + "'";
  std::string out;
  if (FILE* p = popen(cmd.c_str(), "r")) {
    char buf[1 << 16];
    size_t n;
    while ((n = fread(buf, 1, sizeof(buf), p)) > 0) out.append(buf, n);
    pclose(p);
  }
  return out;
}

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
