// The JSON form of one measurement as the API takes it for a single change
// (POST/PUT /api/v1/measurements) and answers it: the bundle's measurement
// object (docs/bundle-format.md) with the row's `version`.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/failure.h"
#include "domain/measurement.h"

namespace fremdrift {

// Reads a measurement from `in`: indicator, period (required), value (a
// number, or null/absent when a note says why data is missing),
// dimensions (an object of names to non-empty strings), status (final or
// provisional; final when absent), qualifier (exact, about, under or
// over; exact when absent), note, source_ref. Members named in
// `extras` are allowed and ignored; any other member is a problem. Every
// problem is added to `problems`.
Measurement MeasurementFromJson(const nlohmann::json& in, const std::set<std::string>& extras,
                                std::vector<FieldProblem>& problems);

// The bundle form plus `version`.
nlohmann::ordered_json MeasurementApiJson(const Measurement& m, int64_t version);

}  // namespace fremdrift
