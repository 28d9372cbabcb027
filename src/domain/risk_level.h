// The level of a risk from its likelihood and consequence, each rated 1–5
// ("sannsynlighet", "konsekvens"): the score is their product (1–25), and
// the level follows the usual 5×5 risk matrix with three bands. A rule of
// Fremdrift's, not of the sources (which give no matrix); documented in
// docs/strategy-model.md, "Risks".
#pragma once

#include <optional>
#include <string_view>

namespace fremdrift {

enum class RiskLevel {
  kLow,     // score 1–4
  kMedium,  // score 5–9
  kHigh,    // score 10–25
};

// "low", "medium", "high".
std::string_view RiskLevelKey(RiskLevel level);

// Whether `rating` is a valid likelihood or consequence (1 to 5).
bool ValidRiskRating(int rating);

// likelihood × consequence; nullopt unless both are valid ratings.
std::optional<int> RiskScore(int likelihood, int consequence);

// The level of a valid score (1–25).
RiskLevel RiskLevelOfScore(int score);

}  // namespace fremdrift
