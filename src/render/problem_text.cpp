#include "render/problem_text.h"

namespace fremdrift {
namespace {

// The parameters with "<name>.<lang>" values taking the place of "<name>".
MessageParams ParamsFor(const Catalogue& t, const MessageParams& params) {
  MessageParams out;
  const std::string suffix = "." + t.lang();
  for (const auto& [name, value] : params) {
    if (name.find('.') != std::string::npos) continue;
    std::string chosen = value;
    for (const auto& [n2, v2] : params) {
      if (n2 == name + suffix) chosen = v2;
    }
    out.emplace_back(name, chosen);
  }
  return out;
}

std::string Text(const Catalogue& t, const std::string& rule, const MessageParams& params,
                 const std::string& message) {
  if (!rule.empty() && t.Has("problem_" + rule)) {
    return t.Format("problem_" + rule, ParamsFor(t, params));
  }
  if (t.lang() == "en" && !message.empty()) return message;
  return t.Text("problem_invalid_value");
}

}  // namespace

std::string ProblemText(const Catalogue& t, const FieldProblem& p) {
  return Text(t, p.rule, p.params, p.message);
}

std::string FailureRule(const Failure& f) {
  if (!f.rule().empty()) return f.rule();
  if (!f.problems().empty() && !f.problems().front().rule.empty()) return f.problems().front().rule;
  return std::string("failed_") + FailureCodeName(f.code());
}

std::string FailureText(const Catalogue& t, const Failure& f) {
  if (!f.rule().empty()) return Text(t, f.rule(), f.params(), f.what());
  if (!f.problems().empty()) return ProblemText(t, f.problems().front());
  return t.Text(std::string("problem_failed_") + FailureCodeName(f.code()));
}

std::string FieldLabel(const Catalogue& t, const std::string& field) {
  std::string name = field.substr(field.find_last_of('.') + 1);
  if (auto b = name.find('['); b != std::string::npos) name = name.substr(0, b);
  std::string key = "field_" + name;
  return t.Has(key) ? t.Text(key) : "";
}

}  // namespace fremdrift
