// ingest/files.h: the only part of wirecheck that reads input files.
//
// IngestPaths takes what the user typed: files, folders (walked
// recursively in sorted byte order, so runs are reproducible) and "-" for
// JSONL on stdin. In folders, .txt, .html/.htm and .jsonl/.ndjson files are
// read and anything else is skipped with a reason; a file named explicitly
// with another extension is read as .txt, since the user asked for it
// (except compressed files: those are skipped with "decompress it first").
// Hidden entries (".git", ".DS_Store") in folders are skipped with a
// reason. .txt and .html files over IngestOptions::max_file_bytes are
// skipped; JSONL is streamed, so the limit applies per line. Articles with
// no outlet take one from their folder when it is named like a domain
// ("tuoitre.vn/123.txt"). Every path that yields nothing says why, and a
// folder given on the command line that yields no article is an error.
//
//   IngestResult r = IngestPaths({"scrapes/", "extra.jsonl", "-"},
//                                IngestOptions(), &std::cin);
//   for (const Diagnostic& d : r.diagnostics) std::cerr << d.ToString() <<
//   "\n"; std::cerr << r.Summary() << "\n";
#ifndef WIRECHECK_INGEST_FILES_H_
#define WIRECHECK_INGEST_FILES_H_

#include <istream>
#include <string>
#include <vector>

#include "ingest/ingest.h"

namespace wirecheck {

// `stdin_stream` is read for "-"; null makes "-" an error.
IngestResult IngestPaths(const std::vector<std::string>& paths,
                         const IngestOptions& options,
                         std::istream* stdin_stream);

}  // namespace wirecheck

#endif  // WIRECHECK_INGEST_FILES_H_
