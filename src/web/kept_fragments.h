// Parts of pages kept in memory as the text they render to (the monitor's
// cards: web/monitor_card_html.h; the API's indicators and plan items), each under an address (what it is: the
// database, the language, the indicator, its place in the page) and a key
// that names the state of everything it is made from. The caller makes the
// key, reading that state on every request; a part is given back only for
// exactly the key it was kept under, so it is never stale while the key
// names all it depends on.
//
// One text per address: a newer key takes the older one's place, so that
// many writes to one indicator never fill the memory. Bounded by entries:
// past kMaxEntries all are dropped (a process that serves one database
// holds far fewer). Thread-safe; entries are immutable and shared.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace fremdrift {

class KeptFragments {
 public:
  static constexpr size_t kMaxEntries = 20000;

  // The text kept for `address` under `key`, or nullptr.
  std::shared_ptr<const std::string> Get(const std::string& address, const std::string& key);
  // Keeps `text` for `address` under `key`, in place of any other.
  void Put(const std::string& address, const std::string& key, std::shared_ptr<const std::string> text);
  // The text kept for `address` under `key`, else `make()`, kept so
  // (outside the lock: two requests may both make it).
  std::shared_ptr<const std::string> GetOrMake(const std::string& address, const std::string& key,
                                               const std::function<std::string()>& make);

  static KeptFragments& Shared();  // the process-wide instance

 private:
  struct Entry {
    std::string key;
    std::shared_ptr<const std::string> text;
  };
  std::mutex mutex_;
  std::unordered_map<std::string, Entry> map_;
};

}  // namespace fremdrift
