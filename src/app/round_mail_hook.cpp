#include "app/round_mail_hook.h"

namespace fremdrift {

void EnqueueRoundMail(SqlConnection& /*conn*/, const RoundMail& /*mail*/) {
  // Hook for the outbox (issue 12, "Reminders by e-mail"): the mail helper
  // writes the message to the outbox table here, in the caller's
  // transaction. Nothing is sent before that is merged.
}

}  // namespace fremdrift
