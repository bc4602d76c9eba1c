#include "cli/args.h"

#include <functional>
#include <map>
#include <set>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "pipeline/run_options.h"

namespace wirecheck {
namespace {

constexpr char kVersion[] = "0.1.0";

absl::Status BadValue(absl::string_view flag, absl::string_view value,
                      absl::string_view want) {
  return absl::InvalidArgumentError(
      absl::StrCat("--", flag, "=", value, ": expected ", want));
}

// A byte count with an optional K, M or G suffix (powers of 1024).
absl::Status ParseBytes(absl::string_view flag, absl::string_view v,
                        int64_t* out) {
  int shift = 0;
  absl::string_view digits = v;
  if (!v.empty()) {
    switch (v.back()) {
      case 'K':
      case 'k':
        shift = 10;
        break;
      case 'M':
      case 'm':
        shift = 20;
        break;
      case 'G':
      case 'g':
        shift = 30;
        break;
      default:
        break;
    }
    if (shift > 0) digits.remove_suffix(1);
  }
  int64_t n = 0;
  if (!absl::SimpleAtoi(digits, &n) || n < 1 ||
      n > (int64_t{1} << 40 >> shift)) {
    return BadValue(flag, v, "a size in bytes, e.g. 200M");
  }
  *out = n << shift;
  return absl::OkStatus();
}

// "90d", "12h", "30m": a duration in seconds.
absl::Status ParseDuration(absl::string_view flag, absl::string_view v,
                           int64_t* out) {
  int64_t unit = 0;
  if (!v.empty()) {
    switch (v.back()) {
      case 'd':
        unit = 86400;
        break;
      case 'h':
        unit = 3600;
        break;
      case 'm':
        unit = 60;
        break;
      default:
        break;
    }
  }
  int64_t n = 0;
  if (unit == 0 || !absl::SimpleAtoi(v.substr(0, v.size() - 1), &n) || n < 0 ||
      n > 100000) {
    return BadValue(flag, v, "a duration such as 90d, 12h or 30m");
  }
  *out = n * unit;
  return absl::OkStatus();
}

template <typename E>
absl::Status ParseEnum(absl::string_view flag, absl::string_view v,
                       const std::map<std::string, E>& names, E* out) {
  auto it = names.find(std::string(v));
  if (it == names.end()) {
    std::string want = "one of";
    for (const auto& kv : names) absl::StrAppend(&want, " ", kv.first);
    return BadValue(flag, v, want);
  }
  *out = it->second;
  return absl::OkStatus();
}

// --fail-on=LIST: comma-separated CLASS or CLASS:LEAST_VALUE.
absl::Status ParseFailOn(absl::string_view v, std::vector<FailRule>* out) {
  static const auto* names =
      new std::map<std::string, FailOn>{{"never", FailOn::kNever},
                                        {"copies", FailOn::kCopies},
                                        {"uncredited", FailOn::kUncredited},
                                        {"same-outlet", FailOn::kSameOutlet},
                                        {"conflicts", FailOn::kConflicts},
                                        {"edits", FailOn::kEdits},
                                        {"any", FailOn::kAny}};
  out->clear();
  for (absl::string_view item : absl::StrSplit(v, ',')) {
    std::pair<absl::string_view, absl::string_view> parts =
        absl::StrSplit(item, absl::MaxSplits(':', 1));
    FailRule rule;
    absl::Status s =
        ParseEnum<FailOn>("fail-on", parts.first, *names, &rule.what);
    if (!s.ok()) return s;
    const bool thresholded =
        rule.what == FailOn::kCopies || rule.what == FailOn::kUncredited ||
        rule.what == FailOn::kSameOutlet || rule.what == FailOn::kConflicts;
    if (item.find(':') != absl::string_view::npos) {
      double min = 0;
      if (!thresholded || !absl::SimpleAtod(parts.second, &min) ||
          !(min >= 0 && min <= 1)) {
        return BadValue("fail-on", v,
                        "a list of never, copies, uncredited, same-outlet, "
                        "conflicts, edits, any; copy classes and conflicts "
                        "may take :F, a least containment or confidence in "
                        "[0, 1]");
      }
      rule.min = min;
    }
    if (rule.what != FailOn::kNever) out->push_back(rule);
  }
  return absl::OkStatus();
}

using ValueSetter = std::function<absl::Status(absl::string_view, CliArgs*)>;
using SwitchSetter = std::function<void(CliArgs*)>;

const std::map<std::string, ValueSetter>& ValueFlags() {
  static const auto* flags = new std::map<std::string, ValueSetter>{
      {"format",
       [](absl::string_view v, CliArgs* a) {
         return ParseEnum<Format>("format", v,
                                  {{"text", Format::kText},
                                   {"json", Format::kJson},
                                   {"csv", Format::kCsv},
                                   {"html", Format::kHtml},
                                   {"markdown", Format::kMarkdown}},
                                  &a->format);
       }},
      {"max-file-bytes",
       [](absl::string_view v, CliArgs* a) {
         return ParseBytes("max-file-bytes", v, &a->max_file_bytes);
       }},
      {"older-than",
       [](absl::string_view v, CliArgs* a) -> absl::Status {
         return ParseDuration("older-than", v, &a->older_than_seconds);
       }},
      {"store",
       [](absl::string_view v, CliArgs* a) {
         if (v.empty()) return BadValue("store", v, "a file path");
         a->store_path = std::string(v);
         return absl::OkStatus();
       }},
      {"baseline",
       [](absl::string_view v, CliArgs* a) {
         if (v.empty()) return BadValue("baseline", v, "a file path");
         a->baseline_path = std::string(v);
         return absl::OkStatus();
       }},
      {"out",
       [](absl::string_view v, CliArgs* a) {
         if (v.empty()) return BadValue("out", v, "a file path");
         a->out_path = std::string(v);
         return absl::OkStatus();
       }},
      {"aliases",
       [](absl::string_view v, CliArgs* a) {
         if (v.empty()) return BadValue("aliases", v, "a file path");
         a->aliases_path = std::string(v);
         return absl::OkStatus();
       }},
      {"lexicon",
       [](absl::string_view v, CliArgs* a) {
         if (v.empty()) return BadValue("lexicon", v, "a file path");
         a->lexicon_path = std::string(v);
         return absl::OkStatus();
       }},
      {"show",
       [](absl::string_view v, CliArgs* a) {
         for (absl::string_view what : absl::StrSplit(v, ',')) {
           if (what == "claims") {
             a->show_claims = true;
           } else if (what == "boilerplate") {
             a->show_boilerplate = true;
           } else if (what == "refinements") {
             a->include_refinements = true;
           } else if (what == "updates") {
             a->include_updates = true;
           } else if (what == "candidates") {
             a->include_candidates = true;
           } else {
             return BadValue("show", v,
                             "a list of claims, boilerplate, refinements, "
                             "updates, candidates");
           }
         }
         return absl::OkStatus();
       }},
      {"fail-on", [](absl::string_view v,
                     CliArgs* a) { return ParseFailOn(v, &a->fail_on); }},
  };
  return *flags;
}

const std::map<std::string, SwitchSetter>& SwitchFlags() {
  static const auto* flags = new std::map<std::string, SwitchSetter>{
      {"explain", [](CliArgs* a) { a->explain = true; }},
      {"show-boilerplate", [](CliArgs* a) { a->show_boilerplate = true; }},
      {"quiet", [](CliArgs* a) { a->quiet = true; }},
      {"csv-bom", [](CliArgs* a) { a->csv_bom = true; }},
      {"strict", [](CliArgs* a) { a->strict = true; }},
      {"new-only", [](CliArgs* a) { a->new_only = true; }},
  };
  return *flags;
}

absl::StatusOr<Command> ParseCommand(absl::string_view word) {
  static const auto* commands = new std::map<std::string, Command>{
      {"check", Command::kCheck},     {"dedup", Command::kDedup},
      {"compare", Command::kCompare}, {"baseline", Command::kBaseline},
      {"read", Command::kRead},       {"store", Command::kStore},
      {"help", Command::kHelp},       {"version", Command::kVersion},
  };
  auto it = commands->find(std::string(word));
  if (it == commands->end()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "unknown command '", word,
        "': expected check, dedup, compare, baseline, read, store, help or "
        "version"));
  }
  return it->second;
}

// Handles one "--name[=value]" argument; may consume argv[*i + 1].
absl::Status ParseFlag(const std::vector<std::string>& argv, size_t* i,
                       CliArgs* args) {
  absl::string_view arg = argv[*i];
  arg.remove_prefix(2);
  std::string name(arg.substr(0, arg.find('=')));
  const bool has_value = arg.find('=') != absl::string_view::npos;
  args->given.insert(name);
  if (name == "help") {
    args->command = Command::kHelp;
    return absl::OkStatus();
  }
  if (name == "version") {
    args->command = Command::kVersion;
    return absl::OkStatus();
  }
  // The run's own options (one table with the Python package), then the
  // CLI's switches and valued flags.
  const RunOption* run = FindRunOption(name);
  if (run != nullptr && (!run->flag || name != run->name)) run = nullptr;
  const auto sw = SwitchFlags().find(name);
  const auto fl = ValueFlags().find(name);
  const bool is_switch = run != nullptr ? run->value == OptionValue::kSwitch
                                        : sw != SwitchFlags().end();
  if (run == nullptr && !is_switch && fl == ValueFlags().end()) {
    return absl::InvalidArgumentError(
        absl::StrCat("unknown flag --", name, " (see wirecheck --help)"));
  }
  std::string value;
  if (is_switch) {
    if (has_value) {
      return absl::InvalidArgumentError(
          absl::StrCat("--", name, " takes no value"));
    }
  } else if (has_value) {
    value = std::string(arg.substr(arg.find('=') + 1));
  } else if (*i + 1 < argv.size()) {
    value = argv[++*i];
  } else {
    return absl::InvalidArgumentError(
        absl::StrCat("--", name, " needs a value"));
  }
  if (run != nullptr) return SetRunOption(*run, value, &args->run);
  if (is_switch) {
    sw->second(args);
    return absl::OkStatus();
  }
  return fl->second(value, args);
}

// "store ACTION": the action is the one word after the command.
absl::StatusOr<CliArgs> StoreCommand(CliArgs args) {
  static const auto* actions = new std::map<std::string, StoreAction>{
      {"stats", StoreAction::kStats},     {"prune", StoreAction::kPrune},
      {"vacuum", StoreAction::kVacuum},   {"export", StoreAction::kExport},
      {"rebuild", StoreAction::kRebuild},
  };
  if (args.inputs.size() != 1 || !actions->count(args.inputs[0])) {
    return absl::InvalidArgumentError(
        "store needs one action: stats, prune, vacuum, export or rebuild");
  }
  args.store_action = actions->at(args.inputs[0]);
  args.inputs.clear();
  if (args.store_path.empty()) {
    return absl::InvalidArgumentError("store needs --store=FILE");
  }
  if (args.store_action == StoreAction::kPrune && args.older_than_seconds < 0) {
    return absl::InvalidArgumentError(
        "store prune needs --older-than=DURATION (e.g. 90d, 12h)");
  }
  return args;
}

const char* CommandName(Command c) {
  switch (c) {
    case Command::kCheck:
      return "check";
    case Command::kDedup:
      return "dedup";
    case Command::kCompare:
      return "compare";
    case Command::kBaseline:
      return "baseline";
    case Command::kRead:
      return "read";
    case Command::kStore:
      return "store";
    case Command::kHelp:
      return "help";
    case Command::kVersion:
      return "version";
  }
  return "?";
}

// The commands each flag means something to (flags not listed apply to
// every command).
const std::map<std::string, std::set<Command>>& FlagCommands() {
  using C = Command;
  static const std::set<C> kMatch = {C::kCheck, C::kDedup, C::kCompare,
                                     C::kBaseline};
  static const std::set<C> kIndex = {C::kCheck, C::kDedup, C::kCompare,
                                     C::kBaseline, C::kStore};
  static const std::set<C> kClaims = {C::kCheck, C::kCompare, C::kBaseline};
  // Claims are extracted with them, and `store rebuild` extracts every
  // stored article's claims again.
  static const std::set<C> kKnowledge = {C::kCheck, C::kCompare, C::kBaseline,
                                         C::kStore};
  static const std::set<C> kGate = {C::kCheck, C::kDedup, C::kCompare};
  static const std::set<C> kRead = {C::kCheck, C::kDedup, C::kCompare,
                                    C::kBaseline, C::kRead};
  static const auto* table = new std::map<std::string, std::set<C>>{
      {"threshold", kMatch},
      {"num-perm", kMatch},
      {"explain", kMatch},
      {"shingle", kIndex},
      {"min-passage", kIndex},
      {"fold-diacritics", kIndex},
      {"store", kIndex},
      {"min-confidence", kClaims},
      {"aliases", kKnowledge},
      {"lexicon", kKnowledge},
      {"fail-on", kGate},
      {"new-only", kGate},
      {"baseline", kMatch},
      {"strict", kRead},
      {"max-file-bytes", kRead},
      {"format", {C::kCheck, C::kDedup, C::kCompare, C::kRead}},
      {"show-boilerplate", {C::kCheck, C::kDedup, C::kCompare, C::kRead}},
      {"older-than", {C::kStore}},
      {"out", {C::kBaseline}},
  };
  return *table;
}

// A flag given to a command or format it does nothing for is an error.
absl::Status CheckFlagsApply(const CliArgs& a) {
  for (const std::string& flag : a.given) {
    auto it = FlagCommands().find(flag);
    if (it == FlagCommands().end() || it->second.count(a.command)) continue;
    std::vector<std::string> names;
    for (Command c : it->second) names.push_back(CommandName(c));
    return absl::InvalidArgumentError(
        absl::StrCat("--", flag, " does nothing for ", CommandName(a.command),
                     " (it is for ", absl::StrJoin(names, ", "), ")"));
  }
  const bool claims_shown = a.show_claims || a.include_refinements ||
                            a.include_updates || a.include_candidates;
  if (claims_shown && !FlagCommands().at("min-confidence").count(a.command)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "--show=claims, refinements, updates and candidates are found by "
        "compare; ",
        CommandName(a.command), " finds no claims (use check or compare)"));
  }
  if (a.show_boilerplate &&
      !FlagCommands().at("show-boilerplate").count(a.command)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "--show=boilerplate does nothing for ", CommandName(a.command)));
  }
  if (a.explain && a.format != Format::kText) {
    return absl::InvalidArgumentError(
        "--explain prints text; it is not part of --format=json, csv, html "
        "or markdown output (run it with --format=text)");
  }
  const bool findings_only = a.format == Format::kCsv ||
                             a.format == Format::kHtml ||
                             a.format == Format::kMarkdown;
  if (findings_only && (a.show_claims || a.show_boilerplate)) {
    return absl::InvalidArgumentError(
        "--show=claims and --show=boilerplate are listed in text and JSON "
        "output; CSV, HTML and Markdown show the findings (doc/csv.md, "
        "doc/reports.md)");
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<CliArgs> ParseArgs(const std::vector<std::string>& argv) {
  CliArgs args;
  bool have_command = false;
  bool only_inputs = false;  // After "--" everything is an input path.
  for (size_t i = 1; i < argv.size(); ++i) {
    const std::string& arg = argv[i];
    if (!only_inputs && arg == "--") {
      only_inputs = true;
    } else if (!only_inputs && absl::StartsWith(arg, "--")) {
      absl::Status s = ParseFlag(argv, &i, &args);
      if (!s.ok()) return s;
      if (args.command == Command::kHelp || args.command == Command::kVersion) {
        return args;
      }
    } else if (!only_inputs && arg.size() > 1 && arg[0] == '-') {
      if (arg == "-h") {
        args.command = Command::kHelp;
        return args;
      }
      return absl::InvalidArgumentError(
          absl::StrCat("unknown option ", arg, " (flags start with --)"));
    } else if (!have_command) {
      absl::StatusOr<Command> c = ParseCommand(arg);
      if (!c.ok()) return c.status();
      args.command = *c;
      have_command = true;
      if (args.command == Command::kHelp || args.command == Command::kVersion) {
        return args;
      }
    } else {
      args.inputs.push_back(arg);
    }
  }
  if (!have_command) return args;  // Bare "wirecheck": help.
  if (args.csv_bom && args.format != Format::kCsv) {
    return absl::InvalidArgumentError("--csv-bom needs --format=csv");
  }
  if (absl::Status s = CheckFlagsApply(args); !s.ok()) return s;
  if (args.command == Command::kStore) return StoreCommand(std::move(args));
  if (args.inputs.empty()) {
    return absl::InvalidArgumentError(
        "no input: name files or folders of articles, or - for JSONL on stdin");
  }
  if (args.new_only && args.store_path.empty()) {
    return absl::InvalidArgumentError(
        "--new-only needs --store=FILE (it hides findings an earlier run "
        "over that store reported)");
  }
  return args;
}

std::string ToolVersion() { return kVersion; }

std::string VersionText() {
  return absl::StrCat("wirecheck ", kVersion, " (json schema 1)");
}

}  // namespace wirecheck
