// A meeting as an archive package (formats/meeting_archive_xml.h,
// docs/governance.md "Archive export"): its agenda with every case, the
// minutes when the viewer may see them (MaySeeMinutes), and the follow-up
// of each decision.
#pragma once

#include <string>

#include "app/visibility.h"
#include "formats/meeting_archive_xml.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// The package of meeting `meeting_id` as XML; kNotFound when there is no
// such meeting. It says when it was produced (now, UTC). Links to hidden records (app/visibility.h) are not in it:
// case links are not exported at all, and documents are the case's own.
// `urls` are the addresses of the meeting's agenda and minutes.
std::string MeetingArchivePackage(SqlConnection& conn, const Viewer& viewer, int64_t meeting_id,
                                  const ArchiveDocumentUrls& urls);

}  // namespace fremdrift
