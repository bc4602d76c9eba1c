// pipeline/run_options.h: the options of a run, by name.
//
// `wirecheck` flags ("--num-perm=64") and the Python package's keyword
// options ({"num_perm": 64}) are this one table: both accept the same names
// (a '_' is read as '-'), the same ranges and give the same messages, and
// each writes the library's Options structs directly.
//
//   CheckOptions o;
//   const RunOption* opt = FindRunOption("num_perm");
//   absl::Status s = SetRunOption(*opt, "64", &o);  // o.dedup.num_perm = 64
#ifndef WIRECHECK_PIPELINE_RUN_OPTIONS_H_
#define WIRECHECK_PIPELINE_RUN_OPTIONS_H_

#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "pipeline/check.h"

namespace wirecheck {

enum class OptionValue : uint8_t {
  kFraction,     // A number in (lo, hi].
  kWholeNumber,  // A whole number in [lo, hi].
  kSwitch,       // On when given (a flag without a value; true in Python).
};

struct RunOption {
  const char* name;  // As the CLI spells it, without "--".
  OptionValue value;
  double lo, hi;
  // Also a command-line flag; the rest are for tuning from Python.
  bool flag;
  void (*set)(double value, CheckOptions* options);
};

// Every option, in the order `wirecheck --help` lists the flags.
const std::vector<RunOption>& RunOptions();
// The option named `name` ('_' and '-' alike); nullptr when there is none.
const RunOption* FindRunOption(absl::string_view name);
// Parses `text` as `option`'s value ("" for a switch turns it on; "true" and
// "false" are accepted too) and sets it. InvalidArgument names the flag and
// what it expects: "--num-perm=4: expected a whole number from 8 to 1024".
absl::Status SetRunOption(const RunOption& option, absl::string_view text,
                          CheckOptions* options);

}  // namespace wirecheck

#endif  // WIRECHECK_PIPELINE_RUN_OPTIONS_H_
