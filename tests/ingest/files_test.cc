#include "ingest/files.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "gtest/gtest.h"

namespace wirecheck {
namespace {

namespace fs = std::filesystem;

const char kFixtures[] = "testdata/ingest";

// A fresh directory under the test's private temp dir.
fs::path TempDir(const std::string& name) {
  const char* tmp = std::getenv("TEST_TMPDIR");
  fs::path dir = fs::path(tmp != nullptr ? tmp : "/tmp") / ("ingest_" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

void Write(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

int CountDiagnostics(const IngestResult& r, const std::string& file_suffix,
                     const std::string& text) {
  int n = 0;
  for (const Diagnostic& d : r.diagnostics) {
    if (d.file.size() >= file_suffix.size() &&
        d.file.compare(d.file.size() - file_suffix.size(), file_suffix.size(),
                       file_suffix) == 0 &&
        d.ToString().find(text) != std::string::npos) {
      ++n;
    }
  }
  return n;
}

TEST(IngestPathsTest, FixtureDirectoryEveryBadInputClass) {
  const IngestResult r = IngestPaths({kFixtures}, IngestOptions(), nullptr);
  // Sorted walk: broken_utf8.txt, mixed.jsonl (4 good lines), page.html.
  ASSERT_EQ(r.articles.size(), 5u) << r.Summary();
  EXPECT_EQ(r.articles[0].id, "broken_utf8");
  EXPECT_EQ(r.articles[1].id, "a1");
  EXPECT_EQ(r.articles[2].id, "b7");
  EXPECT_EQ(r.articles[3].id, "mixed:6");
  EXPECT_EQ(r.articles[4].id, "page");
  EXPECT_EQ(r.Summary(),
            "read 5 articles from 3 files; skipped 4 (1 empty, 1 binary, 1 "
            "malformed JSONL line, 1 JSONL line without text); 1 warning");
  EXPECT_EQ(CountDiagnostics(r, "broken_utf8.txt",
                             "warning: invalid UTF-8: 4 bad "
                             "sequences replaced with U+FFFD, "
                             "the first at byte 2"),
            1);
  EXPECT_EQ(CountDiagnostics(r, "mixed.jsonl",
                             "mixed.jsonl:2: error: malformed JSON"),
            1);
  EXPECT_EQ(
      CountDiagnostics(r, "mixed.jsonl", "mixed.jsonl:5: error: record has no"),
      1);
  EXPECT_EQ(CountDiagnostics(r, "empty.txt", "error: empty file"), 1);
  EXPECT_EQ(CountDiagnostics(r, "binary.txt", "error: binary file"), 1);
}

TEST(IngestPathsTest, HtmlFixture) {
  const IngestResult r = IngestPaths({std::string(kFixtures) + "/page.html"},
                                     IngestOptions(), nullptr);
  ASSERT_EQ(r.articles.size(), 1u);
  const Article& a = r.articles[0];
  EXPECT_EQ(a.outlet, "Báo Mẫu");
  EXPECT_EQ(a.title, "Putin thăm Triều Tiên");
  EXPECT_FALSE(a.title_inferred);
  EXPECT_EQ(a.url,
            "https://www.baomau.vn/the-gioi/putin-tham-trieu-tien-123.html");
  EXPECT_EQ(a.published.ToIso(), "2024-06-19T01:30:00Z");
  EXPECT_EQ(
      a.text,
      "Putin thăm Triều Tiên\n\n"
      "Ngày 19/6, Tổng thống Nga Vladimir Putin tới Bình Nhưỡng & hội đàm "
      "với ông Kim Jong Un.\n\n"
      "Hai bên ký hiệp ước đối tác chiến lược toàn diện.\n"
      "Hiệp ước có điều khoản phòng thủ chung.\n\n"
      "Ảnh: KCNA");
  for (const char* gone : {"SCRIPT", "ASIDE", "FOOTER", "Trang chủ", "Thể thao",
                           "Gửi bình luận", "color"}) {
    EXPECT_EQ(a.text.find(gone), std::string::npos) << gone;
  }
}

TEST(IngestPathsTest, SortedRecursiveWalkAndFolderOutlet) {
  const fs::path dir = TempDir("walk");
  Write(dir / "tuoitre.vn" / "b.txt", "Tiêu đề B\nThân.\n");
  Write(dir / "tuoitre.vn" / "a.txt", "Tiêu đề A\nThân.\n");
  Write(dir / "2024" / "z.txt", "Tiêu đề Z\nThân.\n");
  Write(dir / "notes.pdf", "%PDF");
  Write(dir / "corpus.jsonl.xz", "x");
  Write(dir / ".git" / "config", "x");
  const IngestResult r = IngestPaths({dir.string()}, IngestOptions(), nullptr);
  ASSERT_EQ(r.articles.size(), 3u) << r.Summary();
  EXPECT_EQ(r.articles[0].id, "z");
  EXPECT_EQ(r.articles[0].outlet, "");  // "2024" is not an outlet.
  EXPECT_EQ(r.articles[1].id, "a");
  EXPECT_EQ(r.articles[1].outlet, "tuoitre.vn");
  EXPECT_TRUE(r.articles[1].outlet_inferred);
  EXPECT_EQ(r.articles[2].id, "b");
  // The compressed corpus is an error (the user surely meant it); the PDF
  // and the hidden folder are only notes, counted in the summary.
  EXPECT_EQ(r.skipped_for(SkipReason::kUnsupported), 1);
  EXPECT_EQ(r.ignored, 2);
  EXPECT_EQ(
      CountDiagnostics(r, "corpus.jsonl.xz", "compressed: decompress it first"),
      1);
  EXPECT_EQ(CountDiagnostics(r, ".git", "hidden directory"), 1);
  EXPECT_EQ(CountDiagnostics(r, "notes.pdf", "unsupported extension '.pdf'"),
            1);
  EXPECT_NE(r.Summary().find("ignored 2 files that are not articles"),
            std::string::npos)
      << r.Summary();
  for (const Diagnostic& d : r.diagnostics) {
    if (d.file.find("notes.pdf") != std::string::npos) {
      EXPECT_EQ(d.severity, Diagnostic::Severity::kNote);
      EXPECT_NE(d.ToString().find(": note: "), std::string::npos);
    }
  }
}

TEST(IngestPathsTest, ExplicitUnknownExtensionReadAsText) {
  const fs::path dir = TempDir("explicit");
  Write(dir / "article.md", "Tiêu đề\n\n21/01/2024\n\nThân.\n");
  const IngestResult r =
      IngestPaths({(dir / "article.md").string()}, IngestOptions(), nullptr);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].id, "article");
  EXPECT_EQ(r.articles[0].published.ToIso(), "2024-01-21");
}

TEST(IngestPathsTest, SymlinkLoopAndBrokenLinkAndCompressed) {
  const fs::path dir = TempDir("links");
  Write(dir / "sub" / "a.txt", "Tiêu đề A\n");
  fs::create_directory_symlink(dir, dir / "sub" / "loop");
  fs::create_symlink(dir / "gone.txt", dir / "sub" / "broken.txt");
  Write(dir / "feed.jsonl.gz", "\x1f\x8b");
  const IngestResult r =
      IngestPaths({dir.string(), (dir / "feed.jsonl.gz").string()},
                  IngestOptions(), nullptr);
  // The loop leads back to `dir` once; it is not walked again.
  ASSERT_EQ(r.articles.size(), 1u) << r.Summary();
  EXPECT_EQ(CountDiagnostics(r, "broken.txt", "broken symbolic link"), 1);
  EXPECT_EQ(CountDiagnostics(r, "feed.jsonl.gz", "decompress it first"), 2);
}

TEST(IngestPathsTest, MissingPathAndEmptyDirectory) {
  const fs::path dir = TempDir("empty");
  Write(dir / "only.txt", "");
  const IngestResult r = IngestPaths(
      {(dir / "nope.txt").string(), dir.string()}, IngestOptions(), nullptr);
  EXPECT_TRUE(r.nothing_usable());
  EXPECT_EQ(r.Summary(),
            "read 0 articles from 0 files; skipped 3 (1 empty, 1 missing path, "
            "1 empty directory)");
  EXPECT_EQ(CountDiagnostics(r, "nope.txt", "error: no such file or directory"),
            1);
  EXPECT_EQ(
      CountDiagnostics(r, "empty", "directory holds no readable articles"), 1);
}

TEST(IngestPathsTest, OversizeFileSkippedJsonlLimitIsPerLine) {
  const fs::path dir = TempDir("oversize");
  Write(dir / "big.txt", std::string(200, 'x'));
  Write(dir / "small.txt", "Nhỏ\n");
  Write(dir / "feed.jsonl",
        "{\"text\":\"" + std::string(150, 'y') + "\"}\n{\"text\":\"ok\"}\n");
  IngestOptions options;
  options.max_file_bytes = 100;
  const IngestResult r = IngestPaths({dir.string()}, options, nullptr);
  ASSERT_EQ(r.articles.size(), 2u) << r.Summary();
  EXPECT_EQ(r.articles[0].text, "ok");
  EXPECT_EQ(r.articles[1].text, "Nhỏ\n");
  EXPECT_EQ(r.skipped_for(SkipReason::kOversize), 2);
  EXPECT_EQ(CountDiagnostics(r, "big.txt",
                             "file is 200 bytes, over the limit of 100"),
            1);
  EXPECT_EQ(
      CountDiagnostics(r, "feed.jsonl", "feed.jsonl:1: error: line longer"), 1);
}

TEST(IngestPathsTest, StdinIsJsonl) {
  std::istringstream in("{\"id\":\"s1\",\"text\":\"một\"}\n{broken\n");
  const IngestResult r = IngestPaths({"-"}, IngestOptions(), &in);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].origin, "<stdin>:1");
  EXPECT_EQ(CountDiagnostics(r, "<stdin>", "<stdin>:2: error: malformed JSON"),
            1);
  EXPECT_EQ(r.files_read, 1);

  const IngestResult none = IngestPaths({"-"}, IngestOptions(), nullptr);
  EXPECT_EQ(none.skipped_for(SkipReason::kUnreadable), 1);
}

TEST(IngestPathsTest, UnreadableFileIsReported) {
  if (geteuid() == 0) GTEST_SKIP() << "root can read any file";
  const fs::path dir = TempDir("perm");
  Write(dir / "locked.txt", "x");
  fs::permissions(dir / "locked.txt", fs::perms::none);
  const IngestResult r =
      IngestPaths({(dir / "locked.txt").string()}, IngestOptions(), nullptr);
  EXPECT_EQ(r.skipped_for(SkipReason::kUnreadable), 1);
  EXPECT_EQ(CountDiagnostics(r, "locked.txt", "Permission denied"), 1);
}

}  // namespace
}  // namespace wirecheck
