#include "app/narrative_service.h"

#include <algorithm>
#include <functional>

#include <nlohmann/json.hpp>

#include "domain/failure.h"
#include "formats/period_json.h"
#include "storage/audit_log.h"
#include "storage/period_store.h"
#include "storage/plan_item_store.h"
#include "storage/round_store.h"
#include "storage/strategy_store.h"

namespace fremdrift {
namespace {

std::string OwnerKey(const Subject& s) { return s.kind == SubjectKind::kStrategy ? "" : s.key; }

std::string EntityId(const ReportingPeriod& p, const Subject& s) {
  return std::to_string(p.id) + "/" + (s.kind == SubjectKind::kStrategy ? "strategy" : "item:" + s.key);
}

std::string NotesJson(const std::vector<PeriodNote>& notes) {
  nlohmann::ordered_json j = nlohmann::ordered_json::array();
  for (const auto& n : notes) j.push_back(NoteToJson(n));
  return j.dump();
}

}  // namespace

void RequireNarrativeSubject(SqlConnection& conn, const Strategy& strategy, const Subject& subject) {
  if (subject.kind == SubjectKind::kStrategy) return;
  if (subject.kind == SubjectKind::kItem) {
    auto item = PlanItemStore(conn).FindByKey(strategy.id, subject.key);
    if (item && item->level == 1) return;
  }
  throw Failure(FailureCode::kNotFound, "only the strategy and its goals have a narrative", "subject");
}

std::string NarrativeOwner(SqlConnection& conn, const Strategy& strategy, const Subject& subject) {
  auto owners = RoundStore(conn).NarrativeOwners(strategy.id);
  auto it = owners.find(OwnerKey(subject));
  return it == owners.end() ? "" : it->second;
}

void RequireMayWriteNarrative(SqlConnection& conn, const User& actor, const Strategy& strategy,
                              const ReportingPeriod& period, const Subject& subject) {
  RequireNarrativeSubject(conn, strategy, subject);
  bool admin = actor.role == Role::kAdmin;
  bool owner = actor.role == Role::kEditor && !actor.organisation.empty() &&
               NarrativeOwner(conn, strategy, subject) == actor.organisation;
  if (!admin && !owner) {
    throw Failure(FailureCode::kForbidden, "user '" + actor.name + "' may not write this narrative");
  }
  if (period.state == PeriodState::kOpen) return;
  if (period.state == PeriodState::kInReview && admin) return;
  throw Failure(FailureCode::kConflict, "the period " + period.code + " is " +
                                            std::string(PeriodStateKey(period.state)) +
                                            (period.state == PeriodState::kInReview ? ": only admins may change it"
                                                                                     : ": its narrative is frozen"),
                "state", period.state == PeriodState::kInReview ? "period_in_review" : "period_frozen",
                {{"period", period.code}});
}

std::vector<PeriodNote> NarrativeNotes(SqlConnection& conn, const ReportingPeriod& period, const Subject& subject) {
  std::vector<PeriodNote> out;
  for (auto& n : PeriodStore(conn).Notes(period.id)) {
    if (n.subject == subject) out.push_back(std::move(n));
  }
  return out;
}

std::string NarrativeVersion(const std::vector<PeriodNote>& notes) {
  return std::to_string(std::hash<std::string>{}(NotesJson(notes)) % 1000000007ULL);
}

void SaveNarrative(SqlConnection& conn, const User& actor, const Strategy& strategy,
                   const ReportingPeriod& period, const Subject& subject, std::vector<PeriodNote> notes,
                   const std::string& version) {
  RequireMayWriteNarrative(conn, actor, strategy, period, subject);
  std::vector<FieldProblem> problems;
  std::vector<PeriodNote> kept;
  for (size_t i = 0; i < notes.size(); ++i) {
    auto& n = notes[i];
    if (!IsNoteKind(n.kind)) problems.push_back({"kind_" + std::to_string(i), "must be summary, theme or qualitative"});
    if (n.text.find_first_not_of(" \t\r\n") == std::string::npos) {
      if (!n.title.empty()) problems.push_back({"text_" + std::to_string(i), "is required when a title is given"});
      continue;
    }
    n.subject = subject;
    kept.push_back(n);
  }
  if (!problems.empty()) throw Failure::Invalid(problems);
  WriteTransaction tx(conn);
  auto before = NarrativeNotes(conn, period, subject);
  if (NarrativeVersion(before) != version) {
    throw Failure(FailureCode::kConflict, "the narrative was changed by someone else; reload it", "version");
  }
  // The period's notes in their order, this subject's replaced where its
  // first note stood (or at the end).
  PeriodStore store(conn);
  std::vector<PeriodNote> all;
  bool placed = false;
  for (const auto& n : store.Notes(period.id)) {
    if (n.subject == subject) {
      if (!placed) all.insert(all.end(), kept.begin(), kept.end());
      placed = true;
    } else {
      all.push_back(n);
    }
  }
  if (!placed) all.insert(all.end(), kept.begin(), kept.end());
  store.ReplaceNotes(period.id, all);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "period_narrative",
                         .entity_id = EntityId(period, subject),
                         .action = "update",
                         .before = NotesJson(before),
                         .after = NotesJson(kept)});
  tx.Commit();
}

void AssignNarrative(SqlConnection& conn, const User& actor, const Strategy& strategy, const Subject& subject,
                     const std::string& organisation) {
  if (actor.role != Role::kAdmin) throw Failure(FailureCode::kForbidden, "only the secretariat assigns narratives");
  RequireNarrativeSubject(conn, strategy, subject);
  WriteTransaction tx(conn);
  std::string before = NarrativeOwner(conn, strategy, subject);
  try {
    RoundStore(conn).SetNarrativeOwner(strategy.id, OwnerKey(subject), organisation);
  } catch (const Failure& f) {
    if (f.code() != FailureCode::kNotFound) throw;
    throw Failure(FailureCode::kInvalid, f.what(), "organisation");
  }
  AuditLog(conn).Append(
      {.actor = actor.name,
       .entity = "narrative_owner",
       .entity_id = std::to_string(strategy.id) + "/" +
                    (subject.kind == SubjectKind::kStrategy ? "strategy" : "item:" + subject.key),
       .action = "assign",
       .before = nlohmann::json{{"organisation", before}}.dump(),
       .after = nlohmann::json{{"organisation", organisation}}.dump()});
  tx.Commit();
}

std::vector<NarrativeTask> NarrativeTasksOf(RoundReads& reads, const std::string& organisation) {
  std::vector<NarrativeTask> out;
  SqlConnection& conn = reads.conn();
  for (const auto& s : reads.Strategies()) {
    const auto& periods = reads.Periods(s.id);
    if (std::none_of(periods.begin(), periods.end(),
                     [](const ReportingPeriod& p) { return p.state == PeriodState::kOpen; })) {
      continue;
    }
    auto owners = RoundStore(conn).NarrativeOwners(s.id);
    for (const auto& p : periods) {
      if (p.state != PeriodState::kOpen) continue;
      for (const auto& [key, org] : owners) {
        if (org != organisation) continue;
        NarrativeTask task{s, p, std::nullopt};
        if (!key.empty()) {
          task.goal = PlanItemStore(conn).FindByKey(s.id, key);
          if (!task.goal) continue;
        }
        out.push_back(std::move(task));
      }
    }
  }
  return out;
}

}  // namespace fremdrift
