#include "web/governance_query.h"

#include "app/governance_reads.h"
#include "domain/failure.h"
#include "domain/text_field_rules.h"

namespace fremdrift {
namespace {

std::string Value(const QueryList& query, const std::string& name) {
  for (const auto& [k, v] : query) {
    if (k == name) return v;
  }
  return "";
}

bool Digits(const std::string& s, size_t max) {
  return !s.empty() && s.size() <= max && s.find_first_not_of("0123456789") == std::string::npos;
}

}  // namespace

CaseFilter CaseFilterFromQuery(SqlConnection& conn, const QueryList& query, const std::set<std::string>& accepted) {
  CaseFilter f;
  auto get = [&](const char* name) { return accepted.count(name) ? Value(query, name) : std::string(); };
  if (auto key = get("body"); !key.empty()) {
    auto b = FindBody(conn, key);
    if (!b) throw Failure(FailureCode::kInvalid, "body: no body '" + key + "'", "body");
    f.body_id = b->id;
  }
  if (auto year = get("year"); !year.empty()) {
    if (!Digits(year, 4)) throw Failure(FailureCode::kInvalid, "year must be a year such as 2022", "year");
    f.year = std::stoi(year);
  }
  if (auto meeting = get("meeting"); !meeting.empty()) {
    if (!Digits(meeting, 15)) throw Failure(FailureCode::kInvalid, "meeting must be a meeting id", "meeting");
    f.meeting_id = std::stoll(meeting);
  }
  if (auto status = get("status"); !status.empty()) {
    f.status = CaseStatusFromKey(status);
    if (!f.status) {
      throw Failure(FailureCode::kInvalid, "status must be planned, handled, postponed or withdrawn", "status");
    }
  }
  f.type = get("type");
  f.text = get("q");
  // The words are matched as plain text (domain/case_filter.h), never
  // handed to a query language; only their length and characters are
  // checked.
  if (auto p = TextFieldProblem(f.text, TextShape::kLine, kMaxSearchChars)) {
    throw Failure(FailureCode::kInvalid, "q (the search words) " + *p, "q");
  }
  return f;
}

std::optional<CaseLink> CaseLinkFromQuery(const QueryList& query) {
  CaseLink link{Value(query, "link_kind"), Value(query, "link_ref")};
  if (link.kind.empty() && link.reference.empty()) return std::nullopt;
  std::string why = CaseLinkProblem(link);
  if (!why.empty()) {
    throw Failure(FailureCode::kInvalid, "link_kind/link_ref: " + why,
                  why.rfind("kind", 0) == 0 ? "link_kind" : "link_ref");
  }
  return link;
}

}  // namespace fremdrift
