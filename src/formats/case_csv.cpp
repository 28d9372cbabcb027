#include "formats/case_csv.h"

#include "formats/series_csv.h"

namespace fremdrift {

std::string CasesCsv(const std::vector<CaseCsvRow>& rows) {
  std::string out =
      "body,case,year,number,meeting_date,title,type,presenters,start_time,status,postponed_to,"
      "proposed_decision,decision,links\r\n";
  for (const auto& r : rows) {
    const Case& c = r.item;
    std::string presenters, links;
    for (const auto& p : c.presenters) {
      if (!presenters.empty()) presenters.append("; ");
      presenters.append(p.name);
      if (!p.organisation.empty()) presenters.append(" (").append(p.organisation).append(")");
    }
    for (const auto& l : c.links) {
      if (!links.empty()) links.append("; ");
      links.append(l.kind).append(":").append(l.reference);
    }
    std::vector<std::string> fields = {r.body,
                                       CaseNumberLabel(c.number, c.year),
                                       std::to_string(c.year),
                                       std::to_string(c.number),
                                       r.meeting_date,
                                       c.title,
                                       c.type,
                                       presenters,
                                       c.start_time,
                                       std::string(CaseStatusKey(c.status)),
                                       r.postponed_to_date,
                                       c.proposed_decision,
                                       c.decision,
                                       links};
    for (size_t i = 0; i < fields.size(); ++i) {
      if (i) out += ',';
      out += CsvField(fields[i], ',');
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace fremdrift
