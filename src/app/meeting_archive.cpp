#include "app/meeting_archive.h"

#include "app/minutes_service.h"
#include "formats/meeting_archive_xml.h"
#include "storage/case_store.h"
#include "storage/follow_up_store.h"
#include "storage/timestamp.h"

namespace fremdrift {

std::string MeetingArchivePackage(SqlConnection& conn, const Viewer& viewer, int64_t meeting_id,
                                  const std::string& base_url) {
  // The minutes as the viewer may see them; the agenda in any case.
  MeetingMinutes mm = LoadMinutes(conn, Viewer::Internal(), meeting_id);
  bool with_minutes = mm.stored && MaySeeMinutes(viewer, mm.minutes.state);
  MeetingArchive archive{mm.agenda, with_minutes ? &mm.minutes : nullptr, "", {}, UtcNow(), base_url};
  if (with_minutes && mm.minutes.approval_case_id) {
    if (auto c = CaseStore(conn).FindById(*mm.minutes.approval_case_id)) {
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
