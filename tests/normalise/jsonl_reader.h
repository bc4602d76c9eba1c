// tests/normalise/jsonl_reader.h: a test-only reader of the corpus JSONL.
//
// The string and number fields of each JSON object line, parsed by ingest's
// strict JSON line parser, kept whatever their names (the corpora in
// /work/shared/corpora carry fields such as cluster_id that ingest ignores).
// For the evaluation and benchmark binaries; the tool reads JSONL through
// ingest/jsonl.h, which also repairs and diagnoses.
#ifndef WIRECHECK_TESTS_NORMALISE_JSONL_READER_H_
#define WIRECHECK_TESTS_NORMALISE_JSONL_READER_H_

#include <map>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace wirecheck {

using JsonRecord = std::map<std::string, std::string>;

// The bytes of a corpus file; a .gz or .xz file is decompressed (gzip, xz).
// "" when the file cannot be read.
std::string ReadCorpusFile(const std::string& path);

// String (and bare number) fields of each line; malformed lines are skipped.
std::vector<JsonRecord> ReadJsonl(absl::string_view bytes, int limit);

}  // namespace wirecheck

#endif  // WIRECHECK_TESTS_NORMALISE_JSONL_READER_H_
