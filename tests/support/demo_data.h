// The demo dataset (data/demo) as the tests name it: its folder in the
// source tree, and the strategy, item and indicator of it that several
// tests use.
#pragma once

#include <string>

namespace fremdrift::testing {

// The demo dataset's folder in the source tree.
inline std::string DemoDir() { return std::string(FREMDRIFT_SOURCE_DIR) + "/data/demo"; }

// The demo's current national strategy.
inline const std::string kDemoStrategy = "nes-2023-2030";

// A measure of the demo strategy that Hdir owns, under goal 4.
inline constexpr const char* kHdirItem = "nes-2023-2030/4B-t1-d5";

// A published indicator of the demo dataset.
inline constexpr const char* kPublishedIndicator = "bekymret-akutt";

}  // namespace fremdrift::testing
