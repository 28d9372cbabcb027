#include "domain/failure.h"
#include "storage/postgres_connection.h"
#include "storage/sql_connection.h"
#include "storage/sqlite_connection.h"

namespace fremdrift {

std::unique_ptr<SqlConnection> OpenConnection(const std::string& url) {
  if (url.rfind("sqlite:", 0) == 0) return OpenSqlite(url.substr(7));
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
    return OpenPostgres(url);
  }
  throw Failure(FailureCode::kInvalid,
                "database URL must start with sqlite: or postgresql:// (got '" +
                    url + "')",
                "db");
}

}  // namespace fremdrift
