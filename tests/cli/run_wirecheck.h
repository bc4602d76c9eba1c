// tests/cli/run_wirecheck.h: runs the built wirecheck binary as a user would.
//
// Tests that depend on //cli:wirecheck (as `data`) start in the runfiles
// root, where the binary is cli/wirecheck and testdata/ paths resolve.
//
//   RunResult r = RunWirecheck("dedup --format=json testdata/demo");
//   EXPECT_EQ(r.exit_code, 0) << r.err;
#ifndef WIRECHECK_TESTS_CLI_RUN_WIRECHECK_H_
#define WIRECHECK_TESTS_CLI_RUN_WIRECHECK_H_

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "absl/strings/str_cat.h"

namespace wirecheck {

struct RunResult {
  std::string out;  // Standard output.
  std::string err;  // Standard error.
  int exit_code = -1;
};

inline std::string ReadFileOrEmpty(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// `args` is passed through the shell; standard input is empty.
inline RunResult RunWirecheck(const std::string& args) {
  const char* tmpdir = std::getenv("TEST_TMPDIR");
  const std::string err_path =
      absl::StrCat(tmpdir ? tmpdir : "/tmp", "/wirecheck_stderr.txt");
  const std::string command =
      absl::StrCat("cli/wirecheck ", args, " 2>", err_path, " </dev/null");
  RunResult r;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof(buf), pipe)) > 0) r.out.append(buf, n);
  const int status = pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.err = ReadFileOrEmpty(err_path);
  return r;
}

}  // namespace wirecheck

#endif  // WIRECHECK_TESTS_CLI_RUN_WIRECHECK_H_
