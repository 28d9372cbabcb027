// The evaluations of a strategy on its page (templates/strategy_evaluations
// .mustache): per evaluation its title, date and source, and a table of
// its questions with each answer as the level's mark and words
// (templates/report_status.mustache, never colour alone) and the comment,
// in the reader's language (the English text where given, else the
// bokmål).
#pragma once

#include <vector>

#include <mstch/mstch.hpp>

#include "domain/strategy_evaluation.h"
#include "render/i18n.h"

namespace fremdrift {

// Keys: has_evaluations, evaluations [id, title, title_lang, date_text,
// has_source, source, scale_name, caption, questions [question,
// question_lang, answer (report_status mark), has_comment, comment,
// comment_lang]].
mstch::map EvaluationSection(const std::vector<ScaledEvaluation>& evaluations, const Catalogue& t);

}  // namespace fremdrift
