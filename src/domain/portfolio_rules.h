// The rules a portfolio item follows apart from storage: what makes it
// valid, and who may change it or assess it.
#pragma once

#include <string_view>
#include <vector>

#include "domain/failure.h"
#include "domain/portfolio_item.h"
#include "domain/user.h"

namespace fremdrift {

// Whether `key` is a slug: 1-80 characters of a-z, 0-9 and '-', not
// starting or ending with '-'.
bool IsSlug(std::string_view key);

// Checks the item on its own: key is a slug, name present, a project may
// name a programme (a programme may not be inside another), nothing depends
// on itself or twice on the same item, an end is not before its start,
// budget figures are not negative. `programme` is the containing item when
// `item.programme` names one that exists (nullptr otherwise: the caller
// reports unknown keys). Returns every problem, empty when valid.
std::vector<FieldProblem> ValidatePortfolioItem(const PortfolioItem& item, const PortfolioItem* programme);

// Whether `user` may create, change, delete or assess `item`: admins
// always; editors when the item's owner is their own organisation (for a
// change both before and after); readers never.
bool MayEditPortfolioItem(const User& user, const PortfolioItem& item);

}  // namespace fremdrift
