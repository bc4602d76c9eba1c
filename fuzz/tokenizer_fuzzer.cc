// Fuzzes the matching tokenizer (normalise/tokenizer.h), the lexer claims
// are read from (normalise/lexer.h) and the sentence splitter. Properties:
//  * tokens and lexemes are non-empty, in text order, disjoint, inside
//    their region and cut whole characters of the original bytes;
//  * each token's hash is XXH3-64 of its key, and a token's own text
//    tokenizes alone to the same key (keys do not depend on neighbours);
//  * tokenizing inside regions yields exactly the whole-text tokens that
//    fall inside them when regions are cut at whitespace;
//  * sentences partition the lexemes in order and span them.
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz/fuzz_check.h"
#include "ingest/utf8.h"
#include "normalise/lexer.h"
#include "normalise/sentences.h"
#include "normalise/tokenizer.h"
#include "xxhash.h"

namespace wirecheck {
namespace {

// Regions cut at newlines: every other line, so tokens never straddle.
std::vector<Span> AlternateLines(absl::string_view text) {
  std::vector<Span> out;
  size_t begin = 0;
  bool take = true;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '\n') continue;
    if (take && i > begin) {
      out.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(i)});
    }
    take = !take;
    begin = i + 1;
  }
  return out;
}

bool Inside(Span s, const std::vector<Span>& regions) {
  for (const Span& r : regions) {
    if (r.begin <= s.begin && s.end <= r.end) return true;
  }
  return false;
}

void CheckTokens(absl::string_view text, const TokenList& tokens,
                 const std::vector<std::string>& keys,
                 const std::vector<TokenKind>& kinds,
                 const TokenizerOptions& options) {
  Require(keys.size() == tokens.size() && kinds.size() == tokens.size(),
          "one key and one kind per token");
  uint32_t prev_end = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    RequireSpanIn(t.span, text, "token spans cut whole characters");
    Require(!t.span.empty() && t.span.begin >= prev_end,
            "tokens are non-empty, in order and disjoint");
    prev_end = t.span.end;
    Require(t.key_hash == XXH3_64bits(keys[i].data(), keys[i].size()),
            "the hash is XXH3-64 of the key");
    if (kinds[i] == TokenKind::kIdeographic) continue;
    const std::vector<std::string> alone = TokenKeys(t.span.Of(text), options);
    Require(alone.size() == 1 && alone[0] == keys[i],
            "a token's text alone gives the same key");
  }
}

void CheckRegions(absl::string_view text, const TokenList& all,
                  const TokenizerOptions& options) {
  const std::vector<Span> regions = AlternateLines(text);
  const TokenList inside = Tokenize(text, regions, options);
  std::vector<Span> expected;
  for (const Token& t : all) {
    if (Inside(t.span, regions)) expected.push_back(t.span);
  }
  Require(inside.size() == expected.size(), "regions keep their tokens");
  for (size_t i = 0; i < inside.size(); ++i) {
    Require(inside[i].span == expected[i], "regions keep their tokens");
  }
}

void CheckLexemes(absl::string_view text) {
  const Span whole{0, static_cast<uint32_t>(text.size())};
  const std::vector<Lexeme> lx = Lex(text, whole);
  uint32_t prev_end = 0;
  for (const Lexeme& l : lx) {
    RequireSpanIn(l.span, text, "lexeme spans cut whole characters");
    Require(!l.span.empty() && l.span.begin >= prev_end && !l.key.empty(),
            "lexemes are non-empty, in order and disjoint");
    prev_end = l.span.end;
  }
  int next = 0;
  for (const Sentence& s : SplitSentences(lx)) {
    Require(s.first == next && s.first < s.last &&
                s.last <= static_cast<int>(lx.size()),
            "sentences partition the lexemes in order");
    Require(s.span.begin == lx[s.first].span.begin &&
                s.span.end == lx[s.last - 1].span.end,
            "a sentence spans its lexemes");
    next = s.last;
  }
  Require(next == static_cast<int>(lx.size()), "every lexeme is in a sentence");
}

}  // namespace
}  // namespace wirecheck

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace wirecheck;
  if (size == 0) return 0;
  TokenizerOptions options;
  options.fold_diacritics = (data[0] & 1) != 0;
  const std::string text =
      RepairUtf8(AsText(data + 1, size - 1), nullptr, nullptr);
  const TokenList tokens = Tokenize(text, options);
  CheckTokens(text, tokens, TokenKeys(text, options), TokenKinds(text, options),
              options);
  CheckRegions(text, tokens, options);
  CheckLexemes(text);
  return 0;
}
