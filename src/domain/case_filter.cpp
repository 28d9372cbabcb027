#include "domain/case_filter.h"

#include <sstream>

namespace fremdrift {

std::string FoldCase(const std::string& text) {
  std::string out = text;
  for (size_t i = 0; i < out.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < out.size()) {
      unsigned char n = static_cast<unsigned char>(out[i + 1]);
      if (n == 0x86 || n == 0x98 || n == 0x85) out[i + 1] = static_cast<char>(n + 0x20);  // Æ Ø Å
      ++i;
    }
  }
  return out;
}

bool MatchesCaseFilter(const Case& c, const CaseFilter& f) {
  if (f.body_id && c.body_id != *f.body_id) return false;
  if (f.year && c.year != *f.year) return false;
  if (f.meeting_id && c.meeting_id != *f.meeting_id && c.postponed_to != f.meeting_id) return false;
  if (f.status && c.status != *f.status) return false;
  if (!f.type.empty() && c.type != f.type) return false;
  if (f.text.empty()) return true;
  std::string hay = CaseNumberLabel(c.number, c.year) + "\n" + c.title + "\n" + c.summary + "\n" +
                    c.proposed_decision + "\n" + c.decision;
  for (const auto& p : c.presenters) hay += "\n" + p.name + "\n" + p.organisation;
  hay = FoldCase(hay);
  std::istringstream words(FoldCase(f.text));
  for (std::string w; words >> w;) {
    if (hay.find(w) == std::string::npos) return false;
  }
  return true;
}

}  // namespace fremdrift
