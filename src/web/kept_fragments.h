// Parts of pages kept in memory as the text they render to (the monitor's
// cards: web/monitor_card_html.h; the API's indicators and plan items), each under an address (what it is: the
// database, the language, the indicator, its place in the page) and a key
// that names the state of everything it is made from. The caller makes the
// key, reading that state on every request; a part is given back only for
// exactly the key it was kept under, so it is never stale while the key
// names all it depends on.
//
// One text per address: a newer key takes the older one's place, so that
// many writes to one indicator never fill the memory. Bounded by entries,
// the least recently used dropped first (domain/kept_by_address.h).
#pragma once

#include <string>

#include "domain/kept_by_address.h"

namespace fremdrift {

using KeptFragments = KeptByAddress<std::string, std::string>;

// The process-wide instance: 20,000 texts at most (a process that serves
// one database holds far fewer).
KeptFragments& KeptFragmentTexts();

}  // namespace fremdrift
