#include "app/password.h"

#include <argon2.h>

#include <Poco/RandomStream.h>

#include "domain/failure.h"

namespace fremdrift {
namespace {

// OWASP's recommended minimum for Argon2id: 19 MiB, 2 passes, 1 lane.
constexpr uint32_t kTimeCost = 2;
constexpr uint32_t kMemoryKiB = 19 * 1024;
constexpr uint32_t kLanes = 1;
constexpr size_t kSaltBytes = 16;
constexpr size_t kHashBytes = 32;

std::string Hash(const std::string& password) {
  unsigned char salt[kSaltBytes];
  Poco::RandomInputStream random;
  random.read(reinterpret_cast<char*>(salt), sizeof salt);
  size_t length = argon2_encodedlen(kTimeCost, kMemoryKiB, kLanes, kSaltBytes, kHashBytes,
                                    Argon2_id);
  std::string encoded(length, '\0');
  int rc = argon2id_hash_encoded(kTimeCost, kMemoryKiB, kLanes, password.data(), password.size(),
                                 salt, sizeof salt, kHashBytes, encoded.data(), encoded.size());
  if (rc != ARGON2_OK) {
    throw Failure(FailureCode::kInternal,
                  std::string("password hashing failed: ") + argon2_error_message(rc));
  }
  encoded.resize(encoded.find('\0'));
  return encoded;
}

}  // namespace

std::string HashPassword(const std::string& password) {
  if (password.size() < kMinPasswordLength) {
    throw Failure(FailureCode::kInvalid,
                  "must be at least " + std::to_string(kMinPasswordLength) + " characters",
                  "password", "password_too_short", {{"min", std::to_string(kMinPasswordLength)}});
  }
  return Hash(password);
}

bool VerifyPassword(const std::string& encoded_hash, const std::string& password) {
  if (encoded_hash.rfind("$argon2id$", 0) != 0) return false;
  return argon2id_verify(encoded_hash.c_str(), password.data(), password.size()) == ARGON2_OK;
}

void VerifyAgainstDummy(const std::string& password) {
  static const std::string dummy = Hash("not-a-real-password");
  (void)VerifyPassword(dummy, password);
}

}  // namespace fremdrift
