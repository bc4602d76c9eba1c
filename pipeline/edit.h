// pipeline/edit.h: an article an outlet changed after wirecheck stored it.
//
// With a store, an article that comes back under a known key with another
// text is kept as a new version, and the run reports what changed:
// passages no longer there or new, and figures rewritten in place ("stealth
// edits": a toll corrected, a date moved). Offsets of `removed` index the
// previous version's text, those of `added` the new one's.
#ifndef WIRECHECK_PIPELINE_EDIT_H_
#define WIRECHECK_PIPELINE_EDIT_H_

#include <vector>

#include "compare/compare.h"
#include "util/span.h"

namespace wirecheck {

// One edited article: the version stored before and the new one.
struct Edit {
  int doc = 0;            // The new version, in StoreRun::batch.
  int previous = 0;       // The last stored version, in StoreRun::batch.
  int version = 2;        // The new version's number.
  double similarity = 0;  // Jaccard of the two versions' shingles.
  // Byte ranges no longer in the new text / new in it.
  std::vector<Span> removed, added;
  // Figures the edit changed (Discrepancy::changed_in_copy between the two).
  std::vector<Discrepancy> figures;
};

}  // namespace wirecheck

#endif  // WIRECHECK_PIPELINE_EDIT_H_
