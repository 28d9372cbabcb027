// The status report of a reporting period, produced from the data the way
// the Q1 2023 status report lays it out (app/status_report.h loads it; render/report_*.h
// shows it). Published periods are public; others exist only for
// signed-in users (a 404 for everyone else, as the periods API does).
//
//   GET /rapport                          the reports the reader may see
//   GET /rapport/{period}                 the report as a page; ?strategy=KEY
//                                         when several strategies have the
//                                         period; ?mot=OTHER redirects to the
//                                         comparison; ?lang=en in English
//   GET /rapport/{period}.pdf             printed by headless Chromium
//                                         (application/pdf, inline)
//   GET /rapport/{period}.md              GitHub-flavoured Markdown
//   GET /rapport/{period}/sammenlign/{other}   what changed between two
//                                         periods of the same strategy
//   GET /rapport/{period}/mal/{goal}      one goal's section as a page of
//                                         its own (linked from the report's
//                                         contents); ?strategy=KEY as above
//
// The router matches whole segments, so "2023-Q1.pdf" arrives as the
// period parameter and the suffix picks the format.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterReportRoutes(Router& router);

}  // namespace fremdrift
