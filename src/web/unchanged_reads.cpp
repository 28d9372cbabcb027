#include "web/unchanged_reads.h"

namespace fremdrift {

std::shared_ptr<ChangeWatch> ThisThreadsWatch(const std::string& url) {
  struct Slot {
    std::weak_ptr<ChangeWatch> watch;
    bool none = false;
  };
  thread_local std::unordered_map<std::string, Slot> watches;
  Slot& slot = watches[url];
  if (slot.none) return nullptr;
  std::shared_ptr<ChangeWatch> watch = slot.watch.lock();
  if (!watch) {
    watch = ChangeWatch::OfDatabaseUrl(url);
    if (!watch) {
      slot.none = true;
      return nullptr;
    }
    slot.watch = watch;
  }
  return watch;
}

}  // namespace fremdrift
