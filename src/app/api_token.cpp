#include "app/api_token.h"

#include <Poco/DigestEngine.h>
#include <Poco/RandomStream.h>
#include <Poco/SHA2Engine.h>

#include <nlohmann/json.hpp>

#include "domain/failure.h"
#include "storage/audit_log.h"
#include "storage/user_store.h"

namespace fremdrift {

std::string GenerateToken() {
  Poco::RandomInputStream random;
  unsigned char bytes[32];
  random.read(reinterpret_cast<char*>(bytes), sizeof bytes);
  static const char* kHex = "0123456789abcdef";
  std::string token = "fr_";
  for (unsigned char b : bytes) {
    token += kHex[b >> 4];
    token += kHex[b & 15];
  }
  return token;
}

std::string HashToken(const std::string& token) {
  Poco::SHA2Engine sha(Poco::SHA2Engine::SHA_256);
  sha.update(token);
  return Poco::DigestEngine::digestToHex(sha.digest());
}

std::string CreateToken(SqlConnection& conn, const std::string& user_name) {
  WriteTransaction tx(conn);
  UserStore users(conn);
  auto user = users.FindByName(user_name);
  if (!user) throw Failure(FailureCode::kNotFound, "no user named '" + user_name + "'", "name");
  std::string token = GenerateToken();
  users.AddToken(user->id, HashToken(token));
  AuditLog(conn).Append({.actor = "cli",
                         .entity = "api_token",
                         .entity_id = std::to_string(user->id),
                         .action = "create",
                         .after = nlohmann::json{{"user", user->name}}.dump()});
  tx.Commit();
  return token;
}

std::optional<User> AuthenticateToken(SqlConnection& conn, const std::string& token) {
  if (token.empty()) return std::nullopt;
  return UserStore(conn).FindByTokenHash(HashToken(token));
}

}  // namespace fremdrift
