#include "render/mail_text.h"

#include <cstdlib>

#include "domain/date.h"

namespace fremdrift {
namespace {

using Args = std::vector<std::pair<std::string, std::string>>;

std::string Days(const Catalogue& t, int days) {
  int n = std::abs(days);
  return n == 1 ? t.Text("mail_days_one") : t.Format("mail_days_many", {{"count", std::to_string(n)}});
}

std::string StateText(const Catalogue& t, const std::string& state) {
  std::string key = "mail_state_" + state;
  return t.Has(key) ? t.Text(key) : state;
}

// "1.1.2 Title", or the title alone for an item without a code.
std::string ItemName(const MailItem& i) { return i.code.empty() ? i.title : i.code + " " + i.title; }

// One line per item; the period is named when the items span several.
std::string ItemLines(const Catalogue& t, const std::vector<MailItem>& items) {
  bool several_periods = false;
  for (const auto& i : items) several_periods = several_periods || i.period != items.front().period;
  std::string out;
  for (const auto& i : items) {
    Args args{{"item", ItemName(i)}, {"state", StateText(t, i.state)}, {"period", i.period}};
    // An item without a period (a follow-up action) is named by its case.
    out += t.Format(several_periods && !i.period.empty() ? "mail_item_line_period" : "mail_item_line", args) + "\n";
  }
  return out;
}

// Subject lines are one line whatever the data holds.
std::string OneLine(std::string s) {
  for (char& c : s) {
    if (c == '\r' || c == '\n' || c == '\t') c = ' ';
  }
  return s;
}

}  // namespace

std::string MailDeadlineText(const Catalogue& t, const std::string& deadline) {
  if (deadline.size() != 16 || (deadline[10] != ' ' && deadline[10] != 'T') || deadline[13] != ':') {
    return deadline;
  }
  auto date = Date::Parse(deadline.substr(0, 10));
  if (!date) return deadline;
  return t.Format("mail_deadline", {{"day", std::to_string(date->day)},
                                    {"month", t.Text("month_" + std::to_string(date->month))},
                                    {"year", std::to_string(date->year)},
                                    {"hour", deadline.substr(11, 2)},
                                    {"minute", deadline.substr(14, 2)}});
}

MailText ComposeMail(const Catalogue& t, const MailContent& c, const std::string& recipient_name,
                     const MailLinks& links) {
  std::string deadline = MailDeadlineText(t, c.deadline);
  std::string count = std::to_string(c.items.size());
  Args args{{"organisation", c.organisation}, {"period", c.period}, {"deadline", deadline},
            {"count", count},                 {"days", Days(t, c.days_left)}};
  MailText m;
  std::string body = t.Format("mail_greeting", {{"name", recipient_name}}) + "\n\n";
  switch (c.kind) {
    case MailKind::kRoundOpened:
      m.subject = t.Format("mail_round_opened_subject", args);
      body += t.Format("mail_round_opened_body", args) + "\n\n" + ItemLines(t, c.items);
      break;
    case MailKind::kReminder: {
      bool overdue = c.days_left <= 0;
      m.subject = t.Format(overdue ? "mail_overdue_subject" : "mail_reminder_subject", args);
      body += t.Format(overdue ? "mail_overdue_body" : "mail_reminder_body", args) + "\n\n" +
              ItemLines(t, c.items);
      break;
    }
    case MailKind::kReturned: {
      MailItem item = c.items.empty() ? MailItem{} : c.items.front();
      Args a = args;
      a.push_back({"item", ItemName(item)});
      m.subject = t.Format("mail_returned_subject", a);
      body += t.Format("mail_returned_body", a) + "\n\n";
      if (!c.comment.empty()) body += t.Text("mail_returned_comment") + "\n" + c.comment + "\n\n";
      if (!c.deadline.empty()) body += t.Format("mail_returned_resubmit", args) + "\n";
      break;
    }
    case MailKind::kDigest:
      m.subject = t.Format("mail_digest_subject", args);
      body += t.Format("mail_digest_body", args) + "\n\n" + ItemLines(t, c.items);
      break;
    case MailKind::kAllReportsIn:
      m.subject = t.Format("mail_all_in_subject", args);
      body += t.Format("mail_all_in_body", args) + "\n";
      if (!links.coverage.empty()) {
        body += t.Format("mail_all_in_coverage", {{"url", links.coverage}}) + "\n";
      }
      break;
  }
  body += "\n" + t.Format("mail_tasks_link", {{"url", links.tasks}}) + "\n\n";
  if (IsReminderKind(c.kind)) body += t.Format("mail_opt_out", {{"url", links.settings}}) + "\n\n";
  body += c.kind == MailKind::kAllReportsIn
              ? t.Text("mail_signature_secretariat")
              : t.Format("mail_signature", {{"organisation", c.organisation}});
  m.subject = OneLine(m.subject);
  m.body = body + "\n";
  return m;
}

}  // namespace fremdrift
