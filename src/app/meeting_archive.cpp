#include "app/meeting_archive.h"

#include "app/minutes_service.h"
#include "domain/minutes_rules.h"
#include "formats/meeting_archive_xml.h"
#include "storage/case_store.h"
#include "storage/follow_up_store.h"
#include "storage/timestamp.h"

namespace fremdrift {

std::string MeetingArchivePackage(SqlConnection& conn, const Viewer& viewer, int64_t meeting_id,
                                  const ArchiveDocumentUrls& urls) {
  // The minutes as the viewer may see them; the agenda in any case.
  // (under correction, the public is given the version last approved).
  MeetingMinutes mm = LoadMinutes(conn, Viewer::Internal(), meeting_id);
  std::optional<Minutes> seen;
  if (mm.stored) seen = MaySeeMinutes(viewer, mm.minutes.state) ? std::optional(mm.minutes) : PublicMinutes(mm.minutes);
  // The cases as the viewer sees them (under correction, the decision as approved).
  Visibility visibility(conn, viewer);
  for (auto& c : mm.agenda.cases) c = visibility.Seen(c);
  MeetingArchive archive{mm.agenda, seen ? &*seen : nullptr, "", {}, UtcNow(), urls};
  if (seen && seen->approval_case_id) {
    if (auto c = CaseStore(conn).FindById(*seen->approval_case_id)) {
      archive.approval_case = CaseNumberLabel(c->number, c->year);
    }
  }
  FollowUpStore actions(conn);
  for (const auto& c : mm.agenda.cases) {
    auto list = actions.OfCase(c.id);
    if (!list.empty()) archive.actions[c.id] = std::move(list);
  }
  return MeetingArchiveXml(archive);
}

}  // namespace fremdrift
