// The --help text lives apart from the parser so that it reads as a page.
#include "cli/args.h"

namespace wirecheck {

std::string HelpText() {
  return R"(wirecheck: copied wire stories and conflicting claims in scraped news

usage: wirecheck <command> [flags] INPUT...

INPUT is any mix of files and folders (read recursively, in sorted order):
  .txt          one article per file, as scrapers save it
  .html, .htm   main text extracted with an HTML parser
  .jsonl        one article per line: id, url, outlet, published, title,
                text or html (unknown fields ignored)
  -             JSONL on standard input

commands:
  check     copies and discrepancies together (the main job)
  dedup     copied passages: source -> copy, containment, direction, credit
  compare   conflicting dates and numbers between sources about one event
  baseline  check's findings written as a baseline file (--out=FILE or
            stdout) that a team commits and triages (doc/baseline.md)
  read      what was read: each article's metadata (inferred fields marked)
            and, with --show-boilerplate, the text removed as boilerplate
  store     housekeeping of a --store file: stats, prune --older-than=90d,
            vacuum, export (JSONL of every version), rebuild (after an
            upgrade or with other --shingle/--min-passage/--fold-diacritics,
            --aliases or --lexicon: claims are extracted again)
  help      this text          version   the version and JSON schema

output:
  --format=text|json|csv|html|markdown
                           text for people (default); json is documented in
                           doc/json_schema.md; csv (doc/csv.md) lists one
                           row per copy (dedup), per discrepancy (compare),
                           or both with a type column (check); html is one
                           self-contained page for a reviewer (summary,
                           copies by story, discrepancies, filters);
                           markdown is a short summary for a CI job page
                           (counts and the top 20 findings of each kind)
  --csv-bom                start CSV with a UTF-8 byte order mark, so that
                           Excel on Windows reads Vietnamese right
  --show=LIST              comma list of: claims (every extracted claim),
                           boilerplate (removed spans), refinements and
                           updates (non-conflicting pairs; off by default),
                           candidates (conflicts below --min-confidence)
  --show-boilerplate       same as --show=boilerplate
  --explain                print the LSH bands x rows and its S-curve
  --quiet                  no per-file warnings on stderr, summary only

copy detection:
  --threshold=F            containment to report a copy (default 0.5); a
                           pair under it is still reported when one shared
                           passage is --min-passage tokens or longer (a
                           partial copy), so to report fewer copies raise
                           --min-passage as well
  --shingle=N              tokens per shingle (default 5)
  --num-perm=N             MinHash values per signature (default 128)
  --min-passage=N          tokens in an aligned passage that make a partial
                           copy worth reporting on its own (default 40)

claims:
  --min-confidence=F       conflicts reported (default 0.5; the README gives
                           the share found real at it in judged samples of
                           real news); lower ones are counted, and listed
                           with --show=candidates
  --aliases=FILE           extra name aliases (TSV, see data/aliases.tsv),
                           added to the built-in table
  --lexicon=FILE           extra word-list entries, lines of
                           table<TAB>phrase<TAB>tag (tables: the files of
                           data/lexicon/, e.g. unit<TAB>quân nhân<TAB>troops)

incremental runs (CI):
  --store=FILE             SQLite file of every article seen by earlier runs
                           (created if missing; doc/store.md): the batch is
                           matched against the stored articles its passages
                           and events lead to, only findings that involve a
                           new article are reported, and once the report is
                           written the batch is stored; an article that
                           comes back changed is kept as a new version and
                           reported as an edit
  --new-only               with --store: leave out findings an earlier run
                           over the store reported (else marked "seen
                           before")
  --baseline=FILE          leave out the findings FILE lists (dismissed,
                           accepted or open: doc/baseline.md); the summary
                           counts them; with `baseline`, keep their status
                           and notes in the file written
  --out=FILE               for baseline: the file to write (default stdout)
  --older-than=DURATION    for store prune: 90d, 12h, 30m

shared:
  --max-file-bytes=N       largest .txt/.html file or JSONL line read; K, M
                           and G suffixes allowed (default 64M)
  --fold-diacritics        match Binh Nhuong with Bình Nhưỡng (default off)
  --threads=N              worker threads (default 0: one per core)
  --fail-on=LIST           exit 1 when the run finds any of LIST, a comma
                           list of: never (default), copies, uncredited
                           (copies across outlets without credit),
                           same-outlet (an outlet reusing its own story),
                           conflicts, edits (stored articles changed), any;
                           CLASS:F sets a least containment (copy classes)
                           or confidence (conflicts), e.g.
                           --fail-on=uncredited,conflicts:0.9,copies:0.5;
                           stderr then lists the findings that tripped it
  --strict                 any input problem (missing path, skipped file or
                           line, repaired text) makes the run exit 2 once the
                           report is written

exit codes: 0 done; 1 findings matched --fail-on; 2 bad command line,
nothing usable was read, or --strict and an input problem. Problems with single files or lines are reported on
stderr with file and line; the rest of the batch still runs.
)";
}

}  // namespace wirecheck
