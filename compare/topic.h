// compare/topic.h: what a sentence is about, for pairing claims.
//
// Two claims are only compared when their sentences share the event's
// entities. SentenceEntities lists them: alias-table entities ("Triều
// Tiên" and "North Korea" give the same id) plus capitalised words that
// are not sentence-initial and not titles ("Tổng thống", "Ông"), keyed by
// their folded form. DescribeTopic builds the human label of a finding:
// "troops deployed · North Korea".
//
//   SentenceInfo info = SentenceEntities(lexemes, sentence, aliases);
//   bool same = SharedEntity(info_a, info_b, aliases) != "";
#ifndef WIRECHECK_COMPARE_TOPIC_H_
#define WIRECHECK_COMPARE_TOPIC_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "compare/aliases.h"
#include "compare/claim.h"
#include "compare/lexer.h"
#include "compare/sentences.h"

namespace wirecheck {

struct SentenceInfo {
  std::vector<int> alias_ids;  // Sorted, unique.
  absl::flat_hash_set<std::string> names;  // Other capitalised words, folded.
  std::vector<std::string> name_order;     // Same, in text order (display).
  absl::flat_hash_set<std::string> words;  // Content words, folded.
  // The first entity named (usually the actor): "#<alias id>" or a name.
  std::string first_entity;
  bool Has(const std::string& key) const;
};

// True when each sentence opens with its own actor that the other sentence
// never mentions ("Chính phủ Anh viện trợ ..." vs "Việt Nam viện trợ ...").
bool DifferentActors(const SentenceInfo& a, const SentenceInfo& b);

// Jaccard overlap of the content words of two sentences.
double SentenceSimilarity(const SentenceInfo& a, const SentenceInfo& b);

SentenceInfo SentenceEntities(const std::vector<Lexeme>& lx,
                              const Sentence& sentence,
                              const AliasTable& aliases);

// Display name of the first entity both sentences share; "" when none.
std::string SharedEntity(const SentenceInfo& a, const SentenceInfo& b,
                         const AliasTable& aliases);

// How many entities (alias ids and names) both sentences mention.
int SharedEntityCount(const SentenceInfo& a, const SentenceInfo& b);

// "troops deployed", "people killed", "date of talks", "USD worth".
std::string DescribeTopic(const Claim& claim);

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_TOPIC_H_
