#include "domain/agenda.h"

namespace fremdrift {

std::vector<AgendaEntry> BuildAgenda(const std::vector<Case>& cases,
                                     const std::vector<AgendaBreak>& breaks) {
  std::vector<AgendaEntry> out;
  size_t next_break = 0;
  for (const auto& c : cases) {
    while (next_break < breaks.size() && !c.start_time.empty() &&
           breaks[next_break].start <= c.start_time) {
      out.push_back({nullptr, &breaks[next_break++]});
    }
    out.push_back({&c, nullptr});
  }
  while (next_break < breaks.size()) out.push_back({nullptr, &breaks[next_break++]});
  return out;
}

}  // namespace fremdrift
