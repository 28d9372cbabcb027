#include "web/series_query.h"

#include "domain/failure.h"

namespace fremdrift {

SeriesQuery SeriesQueryFromRequest(const RequestContext& ctx) {
  SeriesQuery q;
  for (const char* name : {"from", "to"}) {
    if (auto v = ctx.Query(name); v && !v->empty()) {
      auto p = Period::Parse(*v);
      if (!p) {
        throw Failure(FailureCode::kInvalid,
                      std::string(name) + " must be a period such as 2022 or 2022-Q1", name);
      }
      (std::string(name) == "from" ? q.from : q.to) = p;
    }
  }
  q.by = ctx.Query("by").value_or("");
  if (auto t = ctx.Query("period_type"); t && !t->empty()) {
    q.period_type = PeriodTypeFromKey(*t);
    if (!q.period_type) {
      throw Failure(FailureCode::kInvalid,
                    "period_type must be year, tertial, quarter, month, week or date", "period_type");
    }
  }
  return q;
}

}  // namespace fremdrift
