// Small reads of the database that an answer kept in memory depends on
// (an indicator's version stamp, the public data's version), remembered
// by each thread for as long as the database's change epoch stays the
// same (storage/change_watch.h). On SQLite a cached series or public page
// then goes out without touching the database; on PostgreSQL, where other
// servers write too, every call reads.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>

#include "storage/change_watch.h"
#include "web/request_context.h"

namespace fremdrift {

// The change watch of the database at `url` as this thread knows it,
// looked up once while the database's connections keep it (weak: a
// database gone, its file made anew at the same path, gets a new watch);
// nullptr for a URL without one (PostgreSQL, in-memory SQLite), which is
// remembered as such. For ReadUnlessUnchanged and the memo of answers
// given inline (inline_answer_memo.h).
std::shared_ptr<ChangeWatch> ThisThreadsWatch(const std::string& url);

// The value `read()` gives, or the one it gave on this thread under the
// same `key` while nothing was committed since. `read` must depend only
// on the database (not on the caller or the time).
template <typename T, typename Read>
T ReadUnlessUnchanged(RequestContext& ctx, const std::string& key, Read read) {
  // A database without a watch (PostgreSQL) goes straight to the database.
  std::shared_ptr<ChangeWatch> watch = ThisThreadsWatch(ctx.pool().url());
  if (!watch) return read();
  // The epoch first: a commit after it makes the next call read again.
  const uint64_t epoch = watch->Epoch();
  // And what `read` asks of the database, no older than the epoch.
  ctx.ReadFromNow();
  thread_local std::unordered_map<std::string, std::pair<uint64_t, T>> remembered;
  std::string full_key = ctx.pool().url();
  full_key += '|';
  full_key += key;
  auto it = remembered.find(full_key);
  if (it != remembered.end() && it->second.first == epoch) return it->second.second;
  T value = read();
  // Bounded by the keys a database has (one per indicator); a thread that
  // saw many databases (tests) starts again.
  if (remembered.size() > 100000) remembered.clear();
  remembered.insert_or_assign(std::move(full_key), std::make_pair(epoch, value));
  return value;
}

}  // namespace fremdrift
