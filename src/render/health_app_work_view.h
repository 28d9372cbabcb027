// The pages where health apps are worked on (docs/health-apps.md, "Who
// does what"): the list of a user's apps and evaluations, the vendor's
// paged form (company and contact, the app, then one page per area with
// Next and Back), and the evaluator's and admin's review page.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <mstch/mstch.hpp>

#include "domain/health_app_evaluation_case.h"
#include "render/i18n.h"

namespace fremdrift {

struct WorkListInput {
  std::vector<EvaluationCase> cases;
  std::vector<HealthApp> vendor_apps;   // apps the user may act for
  std::vector<std::string> evaluators;  // approved evaluators (shown to admins)
  std::vector<std::pair<std::string, std::string>> vendors;  // {short name, name}, for invitations (admins)
  bool is_admin = false;
  bool may_register = false;  // the user belongs to a vendor (or is an admin)
};

// Keys: cases [{app, url, state, catalogue, evaluator}], has_cases, apps
// [{name, key, start_url, has_open}], has_apps, is_admin, evaluators,
// may_register.
mstch::map HealthAppWorkListView(const WorkListInput& in, const Catalogue& t);

// The number of pages of the vendor's form of `c`: the app page, then one
// per area of the catalogue.
int EvaluationFormPages(const EvaluationCase& c);

// Page `page` (0: company, contact and app; 1..: the areas) of the
// vendor's form; its address numbers pages from 1 (/side/1 is page 0). Keys: app, page_title, step_text, is_app_page, fields...,
// requirements [{key, text, guidance, links, answer_yes/no/nr, evidence,
// has_review, verdict_text, comment}], has_back, has_next, is_last,
// may_answer, may_submit, state_text, errors.
mstch::map EvaluationFormView(const EvaluationCase& c, int page, const std::vector<std::string>& errors,
                              const Catalogue& t);

// The review page. Keys: app, state_text, requirements [{key, text,
// answer_text, evidence, verdict_accepted/not/more, comment}], may_review,
// may_decide, may_withdraw, evaluators [{name, selected}], evaluator,
// preview (the grades an award would give), errors.
mstch::map EvaluationReviewView(const EvaluationCase& c, const std::vector<std::string>& evaluators,
                                const std::vector<std::string>& errors, const Catalogue& t);

// The state of `e` in words ("Sendt inn", "Avgjort: avslått").
std::string EvaluationStateText(const Evaluation& e, const Catalogue& t);

}  // namespace fremdrift
