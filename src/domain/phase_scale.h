// A phase scale ("faseskala"): the ordered phases a strategy's items move
// through, kept as data so that another strategy can follow its own model.
// The 2023-2030 roadmap uses five phases (Konsept ... I bruk, the default
// scale "veikart"); the municipal sector's service-innovation roadmap has
// six steps (Forankring ... Ny praksis). A strategy names its scale by key
// (Strategy::phase_scale); its items hold phase keys of that scale.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/failure.h"

namespace fremdrift {

// The key of the scale every strategy uses unless it names another: the
// five phases of the 2023-2030 roadmap (domain/phase.h).
inline constexpr std::string_view kDefaultPhaseScale = "veikart";

// One phase of a scale.
struct ScalePhase {
  std::string key;      // stable: bundles, URLs and the API; e.g. "innforing"
  std::string name_nb;  // e.g. "Innføring"
  std::string name_en;  // e.g. "Rollout"; the bokmål name when empty
  bool operator==(const ScalePhase&) const = default;
};

// An inclusive range of phases of the item's scale, by key, e.g.
// utvikling -> innforing; a deliverable may span several phases. That
// `from` is not after `to` is checked against the scale
// (PhaseRangeProblems).
struct PhaseRange {
  std::string from;
  std::string to;
  bool operator==(const PhaseRange&) const = default;
};

struct PhaseScale {
  std::string key;      // e.g. "veikart", "tjenesteinnovasjon"
  std::string name_nb;  // e.g. "Veikartets faser"
  std::string name_en;
  std::string source;   // where the scale comes from, by citation
  std::vector<ScalePhase> phases;  // in order, first phase first

  // The phase's place on the scale (0 = first), or nullopt for a key that
  // is not on it.
  std::optional<int> Position(std::string_view phase_key) const;

  // The phase's name in "nb" (default) or "en"; the key itself when it is
  // not on the scale, so that nothing is ever silently dropped.
  std::string PhaseName(std::string_view phase_key, std::string_view lang) const;

  // The scale's own name in "nb" or "en".
  std::string Name(std::string_view lang) const;

  // Whether `phase_key` lies within `range` on this scale; false when any of
  // the keys is not on it.
  bool Contains(const PhaseRange& range, std::string_view phase_key) const;

  // The keys of the phases in `range`, first to last; empty when the range
  // is not on the scale or goes backwards.
  std::vector<std::string> KeysIn(const PhaseRange& range) const;

  // The keys joined by ", " (for messages: "must be one of ...").
  std::string KeyList() const;

  bool operator==(const PhaseScale&) const = default;
};

// The default scale, the five phases of the 2023-2030 roadmap.
const PhaseScale& DefaultPhaseScale();

// What is wrong with `scale` as a record: a key and each phase key are
// lower-case letters, digits and "_" (starting with a letter, at most 40
// characters: they name CSS classes), a bokmål name, at least one phase,
// and no phase key twice. Fields are "key", "name_nb", "phases",
// "phases[i].key", "phases[i].name_nb". Empty when valid.
std::vector<FieldProblem> PhaseScaleProblems(const PhaseScale& scale);

// What is wrong with an item's phase range on `scale`: each key on the
// scale ("phase_from", "phase_to") and the range not going backwards
// ("phase_to", rule phase_to_before_from). Empty when valid or absent.
std::vector<FieldProblem> PhaseRangeProblems(const std::optional<PhaseRange>& range,
                                             const PhaseScale& scale);

// The phase keys in `used` that are not on `scale`, each once, in the
// order first seen: what a change to a scale would leave dangling.
std::vector<std::string> PhasesMissingFrom(const PhaseScale& scale,
                                           const std::vector<std::string>& used);

}  // namespace fremdrift
