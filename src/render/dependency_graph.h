// The dependencies between portfolio items drawn on the server as SVG: one
// box per item that depends on another or is depended on, in columns by
// depth (items that depend on nothing on the left), and an arrow from each
// item to the item it depends on. Names are written in the boxes, so no
// meaning rests on colour; every text from data is escaped. The page shows
// the same dependencies as a text list beside it.
//
// The SVG has role="img", a <title> and a <desc>. Each box is one
// <rect class="dg-node">, each arrow one <path class="dg-edge">.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace fremdrift {

struct GraphNode {
  std::string key;
  std::string label;  // the item's name
};

struct GraphTexts {
  std::string title;
  std::string description;
};

// `edges` are (dependent key, dependency key) pairs between `nodes`;
// edges naming other keys are left out. The graph must be acyclic (the
// portfolio refuses cycles). Returns "" when there are no edges.
std::string RenderDependencyGraphSvg(const std::string& id, const std::vector<GraphNode>& nodes,
                                     const std::vector<std::pair<std::string, std::string>>& edges,
                                     const GraphTexts& texts);

}  // namespace fremdrift
