// Password hashing with Argon2id (libargon2). A hash is the library's
// encoded form ("$argon2id$v=19$m=...,t=...,p=...$salt$hash"), which
// carries its own parameters, so they can be raised later without breaking
// stored hashes.
#pragma once

#include <string>

namespace fremdrift {

// The shortest password accepted when one is set.
inline constexpr size_t kMinPasswordLength = 10;

// The encoded Argon2id hash of `password` with a fresh random salt.
// Throws Failure(kInvalid, field "password") for a password shorter than
// kMinPasswordLength, and Failure(kInternal) if hashing fails.
std::string HashPassword(const std::string& password);

// Whether `password` matches `encoded_hash`. False for an empty or
// malformed hash.
bool VerifyPassword(const std::string& encoded_hash, const std::string& password);

// Spends about as long as VerifyPassword on a real hash, so that a sign-in
// for an unknown account takes as long as one with a wrong password.
void VerifyAgainstDummy(const std::string& password);

}  // namespace fremdrift
