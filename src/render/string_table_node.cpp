#include "render/string_table_node.h"

#include <atomic>
#include <memory>
#include <unordered_map>
#include <vector>

namespace fremdrift {

namespace {

class StringTableObject : public mstch::object {
 public:
  explicit StringTableObject(const StringTable& table) {
    // mstch binds each name to a method of an object; one small object per
    // entry gives each name its own value.
    entries_.reserve(table.size());
    for (const auto& [key, value] : table) {
      entries_.push_back(std::make_unique<Entry>(Entry{value}));
      register_methods(entries_.back().get(), std::map<std::string, mstch::node (Entry::*)()>{{key, &Entry::Get}});
    }
  }

 private:
  struct Entry {
    mstch::node value;
    mstch::node Get() { return value; }
  };
  std::vector<std::unique_ptr<Entry>> entries_;
};

}  // namespace

uint64_t NewStringTableId() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

mstch::node StringTableNode(uint64_t table_id, const StringTable& table) {
  thread_local std::unordered_map<uint64_t, std::shared_ptr<mstch::object>> made;
  auto found = made.find(table_id);
  if (found != made.end()) return found->second;
  // Tests make catalogues by the hundred; a server has two languages.
  if (made.size() >= 16) made.clear();
  std::shared_ptr<mstch::object> object = std::make_shared<StringTableObject>(table);
  made.emplace(table_id, object);
  return object;
}

}  // namespace fremdrift
