#include "ingest/files.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <set>
#include <system_error>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "ingest/jsonl.h"
#include "ingest/metadata.h"

namespace wirecheck {
namespace {

namespace fs = std::filesystem;

constexpr size_t kChunkBytes = 4 << 20;

enum class Kind { kTxt, kHtml, kJsonl, kOther };

Kind KindOf(const std::string& ext) {
  if (ext == ".txt") return Kind::kTxt;
  if (ext == ".html" || ext == ".htm") return Kind::kHtml;
  if (ext == ".jsonl" || ext == ".ndjson") return Kind::kJsonl;
  return Kind::kOther;
}

bool IsCompressed(const std::string& ext) {
  return ext == ".gz" || ext == ".xz" || ext == ".bz2" || ext == ".zst" ||
         ext == ".zip" || ext == ".7z";
}

std::string UnsupportedMessage(const std::string& ext) {
  std::string msg = ext.empty()
                        ? "file without extension"
                        : absl::StrCat("unsupported extension '", ext, "'");
  if (IsCompressed(ext)) {
    absl::StrAppend(&msg, " (compressed: decompress it first)");
  }
  absl::StrAppend(&msg,
                  "; wirecheck reads .txt, .html, .htm, .jsonl, or any "
                  "file named on the command line as .txt");
  return msg;
}

class Walker {
 public:
  Walker(const IngestOptions& options, std::istream* in)
      : options_(options), stdin_(in) {}

  void Path(const std::string& path) {
    if (path == "-") return Stdin();
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      // A symlink loop is an error of its own (ELOOP), not a missing file.
      const bool missing = ec == std::errc::no_such_file_or_directory ||
                           (!ec && !fs::exists(st));
      result_.Skip(missing ? SkipReason::kMissingPath : SkipReason::kUnreadable,
                   path, 0,
                   missing ? "no such file or directory" : ec.message());
      return;
    }
    if (fs::is_directory(st)) {
      const size_t before = result_.articles.size();
      Directory(path);
      if (result_.articles.size() == before) {
        result_.Skip(SkipReason::kEmptyDirectory, path, 0,
                     "directory holds no readable articles");
      }
      return;
    }
    File(path, /*named_explicitly=*/true);
  }

  IngestResult Finish() { return std::move(result_); }

 private:
  void Stdin() {
    if (stdin_ == nullptr) {
      result_.Skip(SkipReason::kUnreadable, "<stdin>", 0,
                   "stdin not available");
      return;
    }
    JsonlReader reader("<stdin>", options_.max_file_bytes, &result_);
    std::string buf(kChunkBytes, '\0');
    while (stdin_->read(&buf[0], buf.size()) || stdin_->gcount() > 0) {
      reader.Feed(absl::string_view(buf.data(), stdin_->gcount()));
    }
    reader.Finish();
  }

  void Directory(const fs::path& dir) {
    std::error_code ec;
    const fs::path canonical = fs::canonical(dir, ec);
    if (!ec && !visited_.insert(canonical.string()).second) return;  // Loop.
    std::vector<fs::path> entries;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end;
         it.increment(ec)) {
      entries.push_back(it->path());
    }
    if (ec) {
      result_.Skip(SkipReason::kUnreadable, dir.string(), 0,
                   absl::StrCat("cannot list directory: ", ec.message()));
      return;
    }
    std::sort(entries.begin(), entries.end(),
              [](const fs::path& a, const fs::path& b) {
                return a.filename().string() < b.filename().string();
              });
    for (const fs::path& p : entries) {
      const std::string name = p.filename().string();
      const bool is_dir = fs::is_directory(p, ec);
      if (absl::StartsWith(name, ".")) {
        result_.Ignore(p.string(), is_dir ? "hidden directory not searched"
                                          : "hidden file");
      } else if (is_dir) {
        Directory(p);
      } else {
        File(p.string(), /*named_explicitly=*/false);
      }
    }
  }

  void File(const std::string& path, bool named_explicitly) {
    const fs::path p(path);
    const std::string ext = absl::AsciiStrToLower(p.extension().string());
    Kind kind = KindOf(ext);
    if (kind == Kind::kOther) {
      // A compressed file is probably articles the user meant to read: an
      // error. Any other stranger in a folder is just not an article.
      if (IsCompressed(ext)) {
        result_.Skip(SkipReason::kUnsupported, path, 0,
                     UnsupportedMessage(ext));
        return;
      }
      if (!named_explicitly) {
        result_.Ignore(path, UnsupportedMessage(ext));
        return;
      }
      kind = Kind::kTxt;
    }
    std::error_code ec;
    if (!fs::exists(p, ec)) {
      result_.Skip(SkipReason::kMissingPath, path, 0,
                   "broken symbolic link (its target does not exist)");
      return;
    }
    if (!fs::is_regular_file(p, ec)) {
      result_.Skip(SkipReason::kUnsupported, path, 0, "not a regular file");
      return;
    }
    const size_t before = result_.articles.size();
    if (kind == Kind::kJsonl) {
      StreamJsonl(path);
    } else {
      WholeFile(path, kind);
    }
    FillOutletFromFolder(p, before);
  }

  void WholeFile(const std::string& path, Kind kind) {
    std::error_code ec;
    const uintmax_t size = fs::file_size(path, ec);
    if (!ec && static_cast<int64_t>(size) > options_.max_file_bytes) {
      result_.Skip(SkipReason::kOversize, path, 0,
                   absl::StrCat("file is ", size, " bytes, over the limit of ",
                                options_.max_file_bytes,
                                " (raise --max-file-bytes to read it)"));
      return;
    }
    std::string bytes;
    if (!ReadAll(path, &bytes)) return;
    if (kind == Kind::kHtml) {
      ParseHtmlArticle(path, bytes, &result_);
    } else {
      ParseTxtArticle(path, bytes, &result_);
    }
  }

  // Reads the file, at most max_file_bytes + 1 bytes (a file can grow
  // between stat and read).
  bool ReadAll(const std::string& path, std::string* bytes) {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (f == nullptr) {
      result_.Skip(SkipReason::kUnreadable, path, 0, std::strerror(errno));
      return false;
    }
    std::string buf(kChunkBytes, '\0');
    size_t n;
    while ((n = std::fread(&buf[0], 1, buf.size(), f)) > 0) {
      bytes->append(buf.data(), n);
      if (static_cast<int64_t>(bytes->size()) > options_.max_file_bytes) break;
    }
    const bool failed = std::ferror(f);
    const int err = errno;
    std::fclose(f);
    if (failed) {
      result_.Skip(SkipReason::kUnreadable, path, 0, std::strerror(err));
      return false;
    }
    if (static_cast<int64_t>(bytes->size()) > options_.max_file_bytes) {
      result_.Skip(SkipReason::kOversize, path, 0,
                   absl::StrCat("file is over the limit of ",
                                options_.max_file_bytes, " bytes"));
      return false;
    }
    return true;
  }

  void StreamJsonl(const std::string& path) {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (f == nullptr) {
      result_.Skip(SkipReason::kUnreadable, path, 0, std::strerror(errno));
      return;
    }
    JsonlReader reader(path, options_.max_file_bytes, &result_);
    std::string buf(kChunkBytes, '\0');
    size_t n;
    while ((n = std::fread(&buf[0], 1, buf.size(), f)) > 0) {
      reader.Feed(absl::string_view(buf.data(), n));
    }
    if (std::ferror(f)) {
      result_.Skip(SkipReason::kUnreadable, path, 0,
                   absl::StrCat("read error: ", std::strerror(errno),
                                "; the lines before it were read"));
    }
    std::fclose(f);
    reader.Finish();
  }

  void FillOutletFromFolder(const fs::path& file, size_t first_new) {
    const std::string outlet =
        OutletFromFolderName(file.parent_path().filename().string());
    if (outlet.empty()) return;
    for (size_t i = first_new; i < result_.articles.size(); ++i) {
      Article& a = result_.articles[i];
      if (!a.outlet.empty()) continue;
      a.outlet = outlet;
      a.outlet_inferred = true;
    }
  }

  const IngestOptions& options_;
  std::istream* stdin_;
  IngestResult result_;
  std::set<std::string> visited_;
};

}  // namespace

IngestResult IngestPaths(const std::vector<std::string>& paths,
                         const IngestOptions& options,
                         std::istream* stdin_stream) {
  Walker walker(options, stdin_stream);
  for (const std::string& path : paths) walker.Path(path);
  return walker.Finish();
}

}  // namespace wirecheck
