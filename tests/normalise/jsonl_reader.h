// tests/normalise/jsonl_reader.h: a test-only reader of the corpus JSONL.
//
// Reads the string fields of flat JSON objects, one per line, unescaping
// \n, \", \\, \/ and \uXXXX (with surrogate pairs). Enough for the corpora in
// /work/shared/corpora used by the evaluation and benchmark binaries; the
// tool itself reads JSONL through ingest/.
#ifndef WIRECHECK_TESTS_NORMALISE_JSONL_READER_H_
#define WIRECHECK_TESTS_NORMALISE_JSONL_READER_H_

#include <map>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace wirecheck {

using JsonRecord = std::map<std::string, std::string>;

// String (and bare number) fields of each line; malformed lines are skipped.
std::vector<JsonRecord> ReadJsonl(absl::string_view bytes, int limit);

}  // namespace wirecheck

#endif  // WIRECHECK_TESTS_NORMALISE_JSONL_READER_H_
