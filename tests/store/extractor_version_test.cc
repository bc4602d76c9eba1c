// Stored claims are read back by later runs instead of extracting the
// article again, so what extraction produces is pinned to kExtractorVersion
// (compare/extract.h), which is part of a store's claims key: a change to
// extraction that keeps the version would let a store serve claims the code
// no longer makes. testdata/compare/extractor_output.tsv holds the version
// and the hash of the extraction of every text of the extraction tables
// (an edit of the built-in word lists counts too: the test cannot tell code
// from data). After a change to extraction, bump kExtractorVersion and run
//   bazel run //tests/store:extractor_version_test -- --update
#include <fstream>
#include <string>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "compare/compare.h"
#include "compare/extract.h"
#include "gtest/gtest.h"
#include "store/claims_codec.h"
#include "tests/testing/golden_update.h"
#include "tests/testing/test_files.h"
#include "xxhash.h"

namespace wirecheck {
namespace {

constexpr const char* kPinned = "testdata/compare/extractor_output.tsv";
constexpr const char* kTables[] = {"testdata/compare/extract_cases_vi.tsv",
                                   "testdata/compare/extract_cases_en.tsv"};

// The text column of every case of the extraction tables.
std::vector<std::string> CaseTexts() {
  std::vector<std::string> texts;
  for (const char* table : kTables) {
    for (absl::string_view line : absl::StrSplit(ReadFixture(table), '\n')) {
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> cols = absl::StrSplit(line, '\t');
      if (cols.size() > 2) texts.push_back(cols[2]);
    }
  }
  return texts;
}

// The XXH3-64 of every text's extraction layout, in table order.
uint64_t ExtractionHash() {
  absl::StatusOr<Knowledge> k = LoadKnowledge({});
  EXPECT_TRUE(k.ok()) << k.status();
  if (!k.ok()) return 0;
  std::string all;
  for (const std::string& text : CaseTexts()) {
    Article a;
    a.text = text;
    a.published = PublishedTime::Day(2024, 6, 20);
    const std::vector<Span> body = {
        Span{0, static_cast<uint32_t>(text.size())}};
    const std::string payload =
        ExtractionPayload(ExtractArticle(0, a, body, *k, {}), a, body);
    absl::StrAppend(&all, payload.size(), ":", payload);
  }
  return XXH3_64bits(all.data(), all.size());
}

struct Pinned {
  int version = 0;
  uint64_t hash = 0;
};

Pinned ReadPinned() {
  Pinned p;
  for (absl::string_view line : absl::StrSplit(ReadFixture(kPinned), '\n')) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols = absl::StrSplit(line, '\t');
    EXPECT_EQ(cols.size(), 2u) << kPinned << ": " << line;
    if (cols.size() != 2 || !absl::SimpleAtoi(cols[0], &p.version) ||
        !absl::SimpleHexAtoi(cols[1], &p.hash)) {
      ADD_FAILURE() << kPinned << ": expected version<TAB>hex hash";
    }
  }
  return p;
}

void WritePinned(uint64_t hash) {
  std::ofstream out(golden::SourcePath(kPinned), std::ios::binary);
  out << "# kExtractorVersion (compare/extract.h) and the XXH3-64 of the "
         "extraction\n# of every text of extract_cases_vi.tsv and "
         "extract_cases_en.tsv\n# (tests/store/extractor_version_test.cc). "
         "Written by --update; a new hash\n# needs a new version.\n"
      << kExtractorVersion << "\t" << absl::StrFormat("%016x", hash) << "\n";
  ASSERT_TRUE(out.good()) << "cannot write " << kPinned;
}

TEST(ExtractorVersionTest, ExtractionChangesOnlyWithTheVersion) {
  const uint64_t hash = ExtractionHash();
  const Pinned pinned = ReadPinned();
  if (golden::Updating()) {
    ASSERT_FALSE(hash != pinned.hash && pinned.version == kExtractorVersion)
        << "extraction changed: bump kExtractorVersion in compare/extract.h "
           "before --update";
    WritePinned(hash);
    return;
  }
  EXPECT_EQ(pinned.version, kExtractorVersion)
      << kPinned << " pins another version: run with --update";
  EXPECT_EQ(absl::StrFormat("%016x", pinned.hash),
            absl::StrFormat("%016x", hash))
      << "extraction output changed: bump kExtractorVersion in "
         "compare/extract.h (stores then ask for `wirecheck store rebuild`) "
         "and run `bazel run //tests/store:extractor_version_test -- --update`";
}

}  // namespace
}  // namespace wirecheck

int main(int argc, char** argv) {
  testing::InitGoogleTest(&argc, argv);
  if (!wirecheck::golden::ParseUpdateFlag(argc, argv)) return 2;
  return RUN_ALL_TESTS();
}
