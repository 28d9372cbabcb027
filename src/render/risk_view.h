// How a risk (domain/risk.h) is shown on the pages: its level in words
// with a tint and a mark (never by colour alone), its score, state, owner
// and review date, and a link to what it concerns. Used by the register
// (/risikoer), the risk's page, the item pages and the status report.
#pragma once

#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "domain/risk.h"
#include "render/i18n.h"

namespace fremdrift {

// What a risk concerns, as a link: the item's heading and page.
struct RiskSubjectLink {
  std::string text;
  std::string url;  // "" when the reader may not open it
};

// {key, url, edit_url, description, cause, effect, mitigation, has_*,
// likelihood, consequence, score, score_text, level, level_text, level_mark,
// level_chip {colour, mark, text} (templates/status_chip.mustache),
// state, state_text, open, owner_text, review_text, has_review,
// subject {text, url, has_url}, version}.
mstch::map RiskRowView(const Risk& risk, const RiskSubjectLink& subject, const Catalogue& t);

// The mark shown before a level's word ("▲" high, "■" medium, "▼" low),
// aria-hidden in the templates: a second cue beside the tint.
std::string RiskLevelMark(RiskLevel level);

}  // namespace fremdrift
