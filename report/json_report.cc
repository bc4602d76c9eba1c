// JSON rendering; the schema is doc/json_schema.md. Members appear in a
// fixed order so that output is byte-stable and diffable between runs.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "report/json_writer.h"
#include "report/labels.h"
#include "report/report.h"

namespace wirecheck {
namespace {

void WriteSpan(JsonWriter* w, Span s) {
  w->BeginArray();
  w->Int(s.begin);
  w->Int(s.end);
  w->EndArray();
}

void WriteStringOrNull(JsonWriter* w, const std::string& s) {
  if (s.empty()) {
    w->Null();
  } else {
    w->String(s);
  }
}

void WriteDocuments(JsonWriter* w, const std::vector<Article>& articles,
                    const std::vector<bool>* listed) {
  w->Key("documents");
  w->BeginArray();
  for (size_t i = 0; i < articles.size(); ++i) {
    if (listed != nullptr && !(*listed)[i]) continue;
    const Article& a = articles[i];
    w->BeginObject();
    w->Key("id");
    w->String(a.id);
    w->Key("outlet");
    WriteStringOrNull(w, a.outlet);
    w->Key("url");
    WriteStringOrNull(w, a.url);
    w->Key("published");
    WriteStringOrNull(w, a.published.ToIso());
    w->Key("title");
    WriteStringOrNull(w, a.title);
    w->Key("origin");
    w->String(a.origin);
    w->Key("inferred");
    w->BeginArray();
    for (const std::string& field : InferredFields(a)) w->String(field);
    w->EndArray();
    w->EndObject();
  }
  w->EndArray();
}

void WriteCopies(JsonWriter* w, const std::vector<Article>& articles,
                 const DedupResult& dedup) {
  w->Key("copies");
  w->BeginArray();
  for (const CopyPair& p : dedup.copies) {
    w->BeginObject();
    w->Key("id");
    w->String(p.id);
    w->Key("seen_before");
    w->Bool(p.seen_before);
    w->Key("source");
    w->String(articles[p.source].id);
    w->Key("copy");
    w->String(articles[p.copy].id);
    w->Key("direction");
    w->String(p.by_date ? "by-date" : "unknown");
    w->Key("similarity");
    w->Double(p.similarity);
    w->Key("containment");
    w->Double(p.containment);
    w->Key("same_outlet");
    w->Bool(p.same_outlet);
    w->Key("credited");
    w->Bool(p.credited);
    w->Key("credit");
    WriteStringOrNull(w, p.credit);
    w->Key("spans");
    w->BeginArray();
    for (const AlignedSpan& s : p.spans) {
      w->BeginObject();
      w->Key("source");
      WriteSpan(w, s.source);
      w->Key("copy");
      WriteSpan(w, s.copy);
      w->EndObject();
    }
    w->EndArray();
    w->EndObject();
  }
  w->EndArray();
  w->Key("clusters");
  w->BeginArray();
  for (const Cluster& c : dedup.clusters) {
    w->BeginObject();
    w->Key("origin");
    w->String(articles[c.origin].id);
    w->Key("members");
    w->BeginArray();
    for (int m : c.members) w->String(articles[m].id);
    w->EndArray();
    w->EndObject();
  }
  w->EndArray();
}

// The members every claim has: where it is and what it says.
void WriteClaimPlace(JsonWriter* w, const std::vector<Article>& articles,
                     const Claim& c) {
  w->Key("doc");
  w->String(articles[c.doc].id);
  w->Key("start");
  w->Int(c.span.begin);
  w->Key("end");
  w->Int(c.span.end);
  w->Key("text");
  w->String(c.span.Of(articles[c.doc].text));
}

void WriteClaimSide(JsonWriter* w, const std::vector<Article>& articles,
                    const Claim& c) {
  w->BeginObject();
  WriteClaimPlace(w, articles, c);
  w->Key("sentence");
  w->BeginArray();
  w->Int(c.sentence.begin);
  w->Int(c.sentence.end);
  w->EndArray();
  w->Key("value");
  w->Raw(ClaimValueJson(c));
  w->EndObject();
}

// Why the two claims were paired and how strongly (compare/attribute.h).
void WriteEvidence(JsonWriter* w, const Discrepancy& d) {
  w->BeginObject();
  w->Key("changed_in_copy");
  w->Bool(d.changed_in_copy);
  w->Key("predicates");
  w->String(EvidenceName(d.evidence));
  w->Key("frame_similarity");
  w->Double(d.frame_similarity);
  w->Key("local_similarity");
  w->Double(d.local_similarity);
  w->Key("event_similarity");
  w->Double(d.event_similarity);
  w->Key("agreements");
  w->Int(d.agreements);
  w->Key("values_apart");
  w->Double(ValuesApart(d.a, d.b));
  w->Key("scale_slip");
  w->Bool(ScaleSlip(d.a, d.b));
  w->Key("digit_slip");
  w->Bool(DigitSlip(d.a, d.b));
  w->EndObject();
}

void WriteDiscrepancies(JsonWriter* w, const std::vector<Article>& articles,
                        const CompareResult& compare, bool show_claims) {
  w->Key("discrepancies");
  w->BeginArray();
  for (const Discrepancy& d : compare.discrepancies) {
    w->BeginObject();
    w->Key("id");
    w->String(d.id);
    w->Key("seen_before");
    w->Bool(d.seen_before);
    w->Key("class");
    w->String(DiscrepancyClassName(d.cls));
    w->Key("kind");
    w->String(ClaimKindName(d.kind));
    w->Key("topic");
    w->String(d.topic);
    w->Key("confidence");
    w->Double(d.confidence);
    w->Key("evidence");
    WriteEvidence(w, d);
    w->Key("a");
    WriteClaimSide(w, articles, d.a);
    w->Key("b");
    WriteClaimSide(w, articles, d.b);
    w->EndObject();
  }
  w->EndArray();
  w->Key("candidates_hidden");
  w->Int(compare.candidates_hidden);
  if (!show_claims) return;
  w->Key("claims");
  w->BeginArray();
  for (const Claim& c : compare.claims) {
    w->BeginObject();
    WriteClaimPlace(w, articles, c);
    w->Key("kind");
    w->String(ClaimKindName(c.kind));
    w->Key("value");
    w->Raw(ClaimValueJson(c));
    w->EndObject();
  }
  w->EndArray();
}

void WriteSpans(JsonWriter* w, const std::string& text,
                const std::vector<Span>& spans) {
  w->BeginArray();
  for (const Span& s : spans) {
    w->BeginObject();
    w->Key("start");
    w->Int(s.begin);
    w->Key("end");
    w->Int(s.end);
    w->Key("text");
    w->String(s.Of(text));
    w->EndObject();
  }
  w->EndArray();
}

// Stored articles that came back changed: the previous version is not in
// "documents", so its passages carry their text.
void WriteEdits(JsonWriter* w, const std::vector<Article>& articles,
                const std::vector<Edit>& edits) {
  w->Key("edits");
  w->BeginArray();
  for (const Edit& e : edits) {
    const Article& now = articles[e.doc];
    const Article& before = articles[e.previous];
    w->BeginObject();
    w->Key("doc");
    w->String(now.id);
    w->Key("version");
    w->Int(e.version);
    w->Key("similarity");
    w->Double(e.similarity);
    w->Key("removed");
    WriteSpans(w, before.text, e.removed);
    w->Key("added");
    WriteSpans(w, now.text, e.added);
    w->Key("figures");
    w->BeginArray();
    for (const Discrepancy& d : e.figures) {
      w->BeginObject();
      w->Key("kind");
      w->String(ClaimKindName(d.kind));
      w->Key("before");
      w->BeginObject();
      w->Key("start");
      w->Int(d.a.span.begin);
      w->Key("end");
      w->Int(d.a.span.end);
      w->Key("text");
      w->String(d.a.span.Of(before.text));
      w->Key("value");
      w->Raw(ClaimValueJson(d.a));
      w->EndObject();
      w->Key("after");
      WriteClaimSide(w, articles, d.b);
      w->EndObject();
    }
    w->EndArray();
    w->EndObject();
  }
  w->EndArray();
}

void WriteBoilerplate(JsonWriter* w, const ReportInput& in) {
  w->Key("boilerplate");
  w->BeginArray();
  for (size_t i = 0; i < in.docs->size(); ++i) {
    if (in.listed != nullptr && !(*in.listed)[i]) continue;
    for (const RemovedSpan& r : (*in.docs)[i].removed) {
      w->BeginObject();
      w->Key("doc");
      w->String((*in.articles)[i].id);
      w->Key("start");
      w->Int(r.span.begin);
      w->Key("end");
      w->Int(r.span.end);
      w->Key("reason");
      w->String(r.reason);
      w->EndObject();
    }
  }
  w->EndArray();
}

void WriteDiagnostics(JsonWriter* w, const ReportInput& in) {
  w->Key("diagnostics");
  w->BeginArray();
  if (in.diagnostics != nullptr) {
    for (const Diagnostic& d : *in.diagnostics) {
      w->BeginObject();
      w->Key("severity");
      w->String(d.severity == Diagnostic::Severity::kError     ? "error"
                : d.severity == Diagnostic::Severity::kWarning ? "warning"
                                                               : "note");
      w->Key("file");
      w->String(d.file);
      w->Key("line");
      w->Int(d.line);
      w->Key("byte_offset");
      w->Int(d.byte_offset);
      w->Key("message");
      w->String(d.message);
      w->EndObject();
    }
  }
  w->EndArray();
  w->Key("summary");
  w->String(in.ingest_summary);
}

void WriteTool(JsonWriter* w, const std::string& version) {
  w->Key("tool");
  w->BeginObject();
  w->Key("name");
  w->String("wirecheck");
  w->Key("version");
  w->String(version);
  w->EndObject();
}

void WriteDedupParameters(JsonWriter* w, const DedupOptions& o) {
  w->Key("dedup");
  w->BeginObject();
  w->Key("threshold");
  w->Double(o.threshold);
  w->Key("shingle");
  w->Int(o.shingle);
  w->Key("num_perm");
  w->Int(o.num_perm);
  w->Key("min_passage");
  w->Int(o.min_passage);
  w->Key("max_df");
  w->Double(o.max_df);
  w->Key("window_jaccard");
  w->Double(o.window_jaccard);
  w->Key("seed");
  w->Int(static_cast<int64_t>(o.seed));
  w->EndObject();
}

void WriteCompareParameters(JsonWriter* w, const CompareOptions& o) {
  w->Key("compare");
  w->BeginObject();
  w->Key("min_confidence");
  w->Double(o.min_confidence);
  w->Key("candidate_confidence");
  w->Double(o.candidate_confidence);
  w->Key("include_candidates");
  w->Bool(o.include_candidates);
  w->Key("include_refinements");
  w->Bool(o.include_refinements);
  w->Key("include_updates");
  w->Bool(o.include_updates);
  w->EndObject();
}

// The options that decide what is found (not threads: they change nothing).
void WriteParameters(JsonWriter* w, const CheckOptions& o) {
  w->Key("parameters");
  w->BeginObject();
  w->Key("fold_diacritics");
  w->Bool(o.prepare.tokenizer.fold_diacritics);
  if (o.run_dedup) WriteDedupParameters(w, o.dedup);
  if (o.run_compare) WriteCompareParameters(w, o.compare);
  w->Key("user_lexicon");
  w->Bool(!o.knowledge.lexicon.empty());
  w->Key("user_aliases");
  w->Bool(!o.knowledge.aliases.empty());
  w->EndObject();
}

}  // namespace

std::string RenderJson(const ReportInput& in) {
  JsonWriter w(2);
  w.BeginObject();
  w.Key("schema");
  w.Int(1);
  WriteTool(&w, in.tool_version);
  if (in.options != nullptr) WriteParameters(&w, *in.options);
  WriteDocuments(&w, *in.articles, in.listed);
  if (in.dedup != nullptr) WriteCopies(&w, *in.articles, *in.dedup);
  if (in.compare != nullptr) {
    WriteDiscrepancies(&w, *in.articles, *in.compare, in.show_claims);
  }
  if (in.edits != nullptr) WriteEdits(&w, *in.articles, *in.edits);
  if (in.show_boilerplate) WriteBoilerplate(&w, in);
  WriteDiagnostics(&w, in);
  w.EndObject();
  return absl::StrCat(w.Take(), "\n");
}

std::string ExportLine(const Article& a, int version, int64_t stored_at) {
  JsonWriter w;
  w.BeginObject();
  w.Key("id");
  w.String(a.id);
  w.Key("url");
  w.String(a.url);
  w.Key("outlet");
  w.String(a.outlet);
  w.Key("published");
  if (a.published.known()) {
    w.String(a.published.ToIso());
  } else {
    w.Null();
  }
  w.Key("title");
  w.String(a.title);
  w.Key("text");
  w.String(a.text);
  w.Key("version");
  w.Int(version);
  w.Key("stored_at");
  w.Int(stored_at);
  w.EndObject();
  return absl::StrCat(w.Take(), "\n");
}

}  // namespace wirecheck
