// The hostile-input set: each input a scraper could hand wirecheck, with its
// expected outcome. A bad file is reported on stderr with its name and the
// rest of the batch still runs (exit 0); nothing the inputs hold reaches the
// terminal as a control sequence, a spreadsheet as a formula, or JSON as
// invalid UTF-8. Inputs that cannot be committed are made here.
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "ingest/json_line.h"
#include "ingest/utf8.h"
#include "tests/cli/run_wirecheck.h"

namespace wirecheck {
namespace {

namespace fs = std::filesystem;
using ::absl::StrContains;

// A fresh folder under the test's temporary directory.
std::string TempDir(const std::string& name) {
  const std::string dir = absl::StrCat(std::getenv("TEST_TMPDIR"), "/", name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

void Write(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

// No byte a terminal obeys: C0 controls but newline and tab, DEL, C1
// controls (encoded or raw) and bidi overrides.
void ExpectTerminalSafe(const std::string& s, const std::string& what) {
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    EXPECT_TRUE(c >= 0x20 || c == '\n' || c == '\t')
        << what << ": control byte " << int{c} << " at " << i;
    EXPECT_NE(c, 0x7F) << what << " at " << i;
  }
  EXPECT_FALSE(StrContains(s, "\xc2\x9b")) << what;
  EXPECT_FALSE(StrContains(s, "\xe2\x80\xae")) << what;
  EXPECT_FALSE(StrContains(s, "\xe2\x81\xa6")) << what;
}

TEST(HostileTest, CommittedSetIsReportedFileByFile) {
  const RunResult r = RunWirecheck("read testdata/hostile");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::vector<std::string> expected_err = {
      "testdata/hostile/binary.txt: error: binary file (NUL byte at offset 0)",
      "testdata/hostile/deep.html: warning: HTML nests deeper than 512 "
      "elements: 88 deeper start tags ignored (their text kept); the first "
      "at byte 2572",
      "testdata/hostile/deep.jsonl:1: error: malformed JSON: nesting deeper "
      "than 512 levels at column 529",
      "testdata/hostile/hostile.jsonl:7: warning: duplicate id "
      "\"dup\\x1B[2J\" (first seen in testdata/hostile/hostile.jsonl:6); "
      "renamed to \"dup\\x1B[2J#2\"",
      "testdata/hostile/utf16.txt: error: binary file (UTF-16 text? convert "
      "it to UTF-8)",
  };
  for (const std::string& line : expected_err) {
    EXPECT_TRUE(StrContains(r.err, line + "\n")) << line << "\n" << r.err;
  }
  // The rest of the batch: 9 articles, the good ones among them.
  EXPECT_TRUE(StrContains(r.err,
                          "read 9 articles from 3 files; skipped 3 "
                          "(2 binary, 1 malformed JSONL line)"))
      << r.err;
  EXPECT_TRUE(StrContains(r.out, "ok  (testdata/hostile/ok.txt)")) << r.out;
  // Escape sequences and bidi overrides come out escaped.
  EXPECT_TRUE(StrContains(r.out, "outlet:    a.vn\\x1B]0;PWNED\\x07\\x1B[2J"))
      << r.out;
  EXPECT_TRUE(StrContains(r.out, "bidi\\u202Ecod.exe")) << r.out;
  EXPECT_TRUE(StrContains(r.out, "b.vn\\u2066x\\u2069")) << r.out;
  ExpectTerminalSafe(r.out, "stdout");
  ExpectTerminalSafe(r.err, "stderr");
}

// Zero-width joiners and spaces inside a number do not split it.
TEST(HostileTest, ZeroWidthCharactersInsideNumbers) {
  const RunResult r =
      RunWirecheck("check --show=claims testdata/hostile/hostile.jsonl");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(StrContains(r.out, "= [9000, 11000) binh lính")) << r.out;
  EXPECT_TRUE(StrContains(r.out, "= [2450, 2550) xe")) << r.out;
}

// doc/csv.md: formula-like cells get an apostrophe.
TEST(HostileTest, CsvCellsAreNotFormulas) {
  const RunResult r =
      RunWirecheck("read --format=csv testdata/hostile/hostile.jsonl");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(StrContains(r.out,
                          "\r\n'=cmd|' /C calc'!A0,'@evil.vn,,'+84 "
                          "912 345,"))
      << r.out;
  EXPECT_TRUE(StrContains(r.out, "\r\n'-2+3,\"'＝HYPERLINK(\"\"x\"\")\","))
      << r.out;
}

// A FIFO, a symlink loop and a 2 GB sparse file are each reported by name
// without being read; the good file beside them is read.
TEST(HostileTest, SpecialFilesAreReportedNotRead) {
  const std::string dir = TempDir("special");
  ASSERT_EQ(mkfifo((dir + "/fifo.txt").c_str(), 0600), 0);
  fs::create_symlink("loop_b.txt", dir + "/loop_a.txt");
  fs::create_symlink("loop_a.txt", dir + "/loop_b.txt");
  Write(dir + "/sparse.txt", "");
  fs::resize_file(dir + "/sparse.txt", int64_t{2} << 30);
  Write(dir + "/ok.txt", "Bình Nhưỡng hôm nay có 10.000 quân diễu hành.\n");
  const RunResult r = RunWirecheck(
      absl::StrCat("read '", dir, "/fifo.txt' '", dir, "/loop_a.txt' '", dir,
                   "/sparse.txt' '", dir, "/ok.txt'"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(StrContains(r.err, dir + "/fifo.txt: error: not a regular file"))
      << r.err;
  EXPECT_TRUE(StrContains(r.err, dir + "/loop_a.txt: error: Too many levels "
                                       "of symbolic links"))
      << r.err;
  EXPECT_TRUE(StrContains(r.err, dir + "/sparse.txt: error: file is "
                                       "2147483648 bytes, over the limit"))
      << r.err;
  EXPECT_TRUE(StrContains(r.err, "read 1 article from 1 file")) << r.err;
  // Nothing usable at all: exit 2.
  const RunResult none = RunWirecheck(
      absl::StrCat("read '", dir, "/fifo.txt' '", dir, "/sparse.txt'"));
  EXPECT_EQ(none.exit_code, 2);
  EXPECT_TRUE(StrContains(none.err, "nothing usable was read")) << none.err;
}

// File names are bytes: ids and origins made from them keep JSON valid
// UTF-8, and stderr escaped.
TEST(HostileTest, FileNamesThatAreNotUtf8) {
  const std::string dir = TempDir("names");
  const std::string text = "Bình Nhưỡng hôm nay có 10.000 quân diễu hành.\n";
  Write(dir + "/overlong\xc0\x80.txt", text);
  Write(dir + "/surrogate\xed\xa0\x80.txt", text + "Hai.");
  Write(dir + "/big\xf4\x90\x80\x80.txt", text + "Ba.");
  Write(dir + "/esc\x1b[2J.txt", std::string("\0\0binary", 8));
  const RunResult r =
      RunWirecheck(absl::StrCat("read --format=json '", dir, "'"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(IsValidUtf8(r.out));
  JsonObject parsed;
  EXPECT_TRUE(ParseJsonObject(r.out, &parsed).ok()) << r.out;
  EXPECT_TRUE(StrContains(r.out, "overlong\\ufffd\\ufffd")) << r.out;
  EXPECT_TRUE(StrContains(r.err, "/esc\\x1B[2J.txt: error: binary file"))
      << r.err;
  ExpectTerminalSafe(r.err, "stderr");
  const RunResult text_report = RunWirecheck(absl::StrCat("read '", dir, "'"));
  ExpectTerminalSafe(text_report.out, "text report");
}

// Files removed while the run walks their folder: each is reported by
// name (or was read before it went), the run ends normally.
TEST(HostileTest, FilesRemovedDuringTheRun) {
  const std::string dir = TempDir("vanishing");
  for (int i = 0; i < 400; ++i) {
    Write(absl::StrCat(dir, "/", 1000 + i, ".txt"),
          absl::StrCat("Bài số ", i, ": hôm nay có ", i, ".000 người đến.\n"));
  }
  std::atomic<bool> go{false};
  std::thread remover([&] {
    while (!go) std::this_thread::yield();
    for (int i = 399; i >= 0; i -= 2) {
      fs::remove(absl::StrCat(dir, "/", 1000 + i, ".txt"));
    }
  });
  go = true;
  const RunResult r = RunWirecheck(absl::StrCat("read '", dir, "'"));
  remover.join();
  EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 2) << r.exit_code;
  EXPECT_TRUE(StrContains(r.out, "read ") || StrContains(r.err, "read "))
      << r.out << r.err;
  // Every message names a file of the folder (the summary line aside).
  size_t start = 0;
  while (start < r.err.size()) {
    const size_t end = r.err.find('\n', start);
    const std::string line = r.err.substr(start, end - start);
    if (!absl::StartsWith(line, "wirecheck: ") &&
        !absl::StartsWith(line, "read ")) {
      EXPECT_TRUE(absl::StartsWith(line, dir + "/")) << line;
    }
    if (end == std::string::npos) break;
    start = end + 1;
  }
}

}  // namespace
}  // namespace wirecheck
