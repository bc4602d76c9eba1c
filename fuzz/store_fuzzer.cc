// Fuzzes the store loader (store/article_store.h, store/codec.h): the input
// is written out as a store file and read the ways a run reads a store.
// Properties:
//  * opening a damaged file and every read return a status, never crash,
//    hang or allocate what the file merely claims;
//  * every article read back has its body spans inside its text;
//  * the stored term counts parse, or fail with a status;
//  * stored claims decode, or fail with a status.
// Seeds: testdata/fuzz/store/ (small stores written by wirecheck itself).
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "fuzz/fuzz_check.h"
#include "store/article_store.h"
#include "store/claims_codec.h"
#include "util/count_min.h"

namespace wirecheck {
namespace {

// A fresh file per input: SQLite keeps a -wal beside a store it opened.
std::string WriteTemp(absl::string_view bytes) {
  char path[] = "/tmp/wirecheck-store-fuzz-XXXXXX";
  const int fd = mkstemp(path);
  Require(fd >= 0, "a temporary file can be made");
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
    Require(n > 0, "the temporary file can be written");
    done += static_cast<size_t>(n);
  }
  close(fd);
  return path;
}

void RemoveStore(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    std::remove((path + suffix).c_str());
  }
}

void CheckArticle(const StoredArticle& s) {
  for (const Span& b : s.body) {
    Require(b.begin <= b.end && b.end <= s.article.text.size(),
            "body spans lie inside the text");
  }
}

void ReadEverything(const ArticleStore& store) {
  store.CountCurrent().IgnoreError();
  if (absl::StatusOr<std::string> df = store.TermDf(); df.ok()) {
    CountMin::Parse(*df).IgnoreError();
  }
  std::vector<int64_t> seqs;
  store
      .ForEach(
          [&](const StoredArticle& s) {
            CheckArticle(s);
            seqs.push_back(s.seq);
            return absl::OkStatus();
          },
          /*all_versions=*/true)
      .IgnoreError();
  if (absl::StatusOr<std::vector<StoredArticle>> loaded = store.Load(seqs);
      loaded.ok()) {
    for (const StoredArticle& s : *loaded) CheckArticle(s);
  }
  if (absl::StatusOr<std::vector<std::string>> claims = store.LoadClaims(seqs);
      claims.ok()) {
    for (const std::string& blob : *claims) {
      DecodeExtraction(blob).status().IgnoreError();
    }
  }
  for (StoreIndex index : {StoreIndex::kPassages, StoreIndex::kEventTerms}) {
    store.Lookup(index, {0, 1, 0x7fffffff, 12345}, 1000).IgnoreError();
  }
  store.Current("x").IgnoreError();
  store.SeenFindings({"c-0000000000000000"}).IgnoreError();
  store.Stats().IgnoreError();
}

}  // namespace
}  // namespace wirecheck

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace wirecheck;
  const std::string path = WriteTemp(AsText(data, size));
  ArticleStore::OpenOptions options;
  options.create = false;
  options.check_params = false;
  options.busy_timeout_ms = 0;
  absl::StatusOr<std::unique_ptr<ArticleStore>> store =
      ArticleStore::Open(path, StoreParams{}, options);
  if (store.ok()) ReadEverything(**store);
  store = absl::UnknownError("closed");  // Closes the file before removal.
  RemoveStore(path);
  return 0;
}
