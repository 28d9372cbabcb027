#include "domain/mail_message.h"

namespace fremdrift {
namespace {

constexpr std::pair<MailKind, std::string_view> kMailKindNames[] = {
    {MailKind::kRoundOpened, "round_opened"}, {MailKind::kReminder, "reminder"},
    {MailKind::kReturned, "returned"},        {MailKind::kDigest, "digest"},
    {MailKind::kAllReportsIn, "all_reports_in"},
};

}  // namespace

std::string_view MailKindName(MailKind kind) {
  for (const auto& [k, name] : kMailKindNames) {
    if (k == kind) return name;
  }
  return "digest";
}

std::optional<MailKind> MailKindFromName(std::string_view name) {
  for (const auto& [k, n] : kMailKindNames) {
    if (n == name) return k;
  }
  return std::nullopt;
}

bool IsReminderKind(MailKind kind) {
  return kind == MailKind::kReminder || kind == MailKind::kDigest;
}

}  // namespace fremdrift
