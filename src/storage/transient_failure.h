// The failure a database raises when it gives up a transaction to break a
// deadlock or a serialization conflict with another one (PostgreSQL
// SQLSTATE 40P01, 40001). Nothing of the transaction was written, and
// running the whole of it again may well succeed: see RetryTransaction
// (retry_transaction.h). Its code is kInternal, for when retries run out.
#pragma once

#include <string>
#include <utility>

#include "domain/failure.h"

namespace fremdrift {

class TransientFailure : public Failure {
 public:
  explicit TransientFailure(std::string message)
      : Failure(FailureCode::kInternal, std::move(message)) {}
};

}  // namespace fremdrift
