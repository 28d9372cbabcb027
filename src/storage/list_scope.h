// Which records a store's list returns: only those the public may see
// (published strategies, public indicators), or all of them. Callers
// decide who sees what through app/visibility.h and ask for all.
#pragma once

namespace fremdrift {

enum class ListScope { kPublished, kAll };

}  // namespace fremdrift
