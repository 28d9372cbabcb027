// The evaluations of a strategy on its page (templates/strategy_evaluations
// .mustache): per evaluation its title, date and source, and a table of
// its questions with each answer as the level's mark and words
// (templates/report_status.mustache, never colour alone) and the comment,
// in the reader's language (the English text where given, else the
// bokmål). For a user who may keep them, links to a new evaluation and to
// change or delete each (web/page_strategy_evaluation_edit.h), shown even
// when there is none yet.
#pragma once

#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "domain/strategy_evaluation.h"
#include "render/i18n.h"

namespace fremdrift {

// What the section offers besides the evaluations.
struct EvaluationSectionOptions {
  std::string strategy_key;  // for the links
  bool may_edit = false;     // links to create, change and delete
  bool saved = false;        // a notice that a change was saved
  bool deleted = false;      // a notice that one was deleted
};

// Keys: show_section, has_evaluations, may_edit, new_url, saved, deleted,
// evaluations [id, title, title_lang, date_text, has_source, source,
// scale_name, caption, edit_url, delete_url, questions [question,
// question_lang, answer (report_status mark), has_comment, comment,
// comment_lang]].
mstch::map EvaluationSection(const std::vector<ScaledEvaluation>& evaluations, const Catalogue& t,
                             const EvaluationSectionOptions& options = {});

}  // namespace fremdrift
