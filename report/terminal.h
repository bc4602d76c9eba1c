// report/terminal.h: text that is safe to print on a terminal.
//
// Article text, titles, outlets, ids and file names come from whoever wrote
// the scrape. Printed raw, an ESC or C1 byte starts a terminal control
// sequence (set the window title, clear the screen, rewrite earlier lines),
// and a bidi override makes the line read differently from its bytes. The
// text report and every message on stderr pass such strings through
// TerminalSafe, which replaces each of them with a visible escape:
//
//   C0 controls, DEL      "\x1B", "\x07", "\x7F"   (tab and newline too,
//                                                   except in
//                                                   TerminalSafeLines)
//   C1 controls           "\u009B"                 (U+0080..U+009F)
//   bidi embeddings,      "\u202E", "\u2066"       (U+202A..U+202E,
//   overrides, isolates                             U+2066..U+2069)
//   line/para separators  "\u2028", "\u2029"
//   invalid UTF-8 bytes   "\xC0"                   (raw 0x9B is an 8-bit CSI)
//
// Everything else, including every letter of every script, passes
// unchanged, so a Vietnamese excerpt prints as it was read.
//
//   std::cout << TerminalSafe(article.outlet);
//   std::cerr << TerminalSafe(diagnostic.ToString()) << "\n";
#ifndef WIRECHECK_REPORT_TERMINAL_H_
#define WIRECHECK_REPORT_TERMINAL_H_

#include <string>

#include "absl/strings/string_view.h"

namespace wirecheck {

// `s` on one line with every character above escaped.
std::string TerminalSafe(absl::string_view s);

// The same, but newlines and tabs stay as they are: for a multi-line report
// or message the program itself composed around untrusted parts.
std::string TerminalSafeLines(absl::string_view s);

}  // namespace wirecheck

#endif  // WIRECHECK_REPORT_TERMINAL_H_
