// A fixed table of strings for templates (`{{t.key}}`, `{{u.route}}`) that
// costs nothing to put in a view. mstch copies a view whole on every render,
// and the message catalogue alone has hundreds of entries: as a map it was
// built and copied for every page. As an mstch object it is shared, and a
// template's lookup reads one entry.
//
// mstch's objects keep the answers they gave in a cache without a lock, so
// each thread gets its own object for a table; a view that holds one must be
// rendered on the thread that made it (as every page is).
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include <mstch/mstch.hpp>

namespace fremdrift {

using StringTable = std::map<std::string, std::string, std::less<>>;

// A number no other table has had in this process, for StringTableNode.
// A table that changes takes a new one.
uint64_t NewStringTableId();

// A node that answers `{{name.key}}` with table.at(key). This thread's
// object for `table_id` is made from `table` once and kept (a few tables at
// a time: a thread that saw many starts again).
mstch::node StringTableNode(uint64_t table_id, const StringTable& table);

}  // namespace fremdrift
