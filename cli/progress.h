// cli/progress.h: what a long run is doing, on stderr, only when stderr is
// a terminal: a person waiting sees a line, a CI log or a pipe sees
// nothing. Each stage overwrites the last; Done clears the line before
// anything else is printed.
//
//   Progress progress(isatty(STDERR_FILENO) != 0 && !args.quiet);
//   progress.Stage("matching 2000 articles: copies, then claims");
//   ... work ...
//   progress.Done();
#ifndef WIRECHECK_CLI_PROGRESS_H_
#define WIRECHECK_CLI_PROGRESS_H_

#include <iostream>

#include "absl/strings/string_view.h"

namespace wirecheck {

class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled) {}
  ~Progress() { Done(); }
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void Stage(absl::string_view what) {
    if (!enabled_) return;
    std::cerr << "\r\033[Kwirecheck: " << what << "..." << std::flush;
    shown_ = true;
  }
  void Done() {
    if (!shown_) return;
    std::cerr << "\r\033[K" << std::flush;
    shown_ = false;
  }

 private:
  bool enabled_;
  bool shown_ = false;
};

}  // namespace wirecheck

#endif  // WIRECHECK_CLI_PROGRESS_H_
