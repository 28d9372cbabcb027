// What OpenID Connect sign-in keeps in the database (docs/sign-in.md):
// the sign-ins under way, users by their keyed subject hash and whether
// they wait for approval, and organisations by their organisation number.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// A sign-in sent to a provider and not yet answered.
struct OidcLogin {
  std::string provider;  // the provider's settings id ("" for the default one)
  std::string nonce;
  std::string code_verifier;
  std::string return_to;
  int64_t created_at = 0;
};

class OidcLoginStore {
 public:
  explicit OidcLoginStore(SqlConnection& conn) : conn_(conn) {}
  void Insert(const std::string& state_hash, const OidcLogin& login);
  // Removes and returns the sign-in of `state_hash`: each state is used once.
  std::optional<OidcLogin> Take(const std::string& state_hash);
  void DeleteOlderThan(int64_t cutoff);

 private:
  SqlConnection& conn_;
};

// Which provider each browser session signed in with.
class OidcSessionStore {
 public:
  explicit OidcSessionStore(SqlConnection& conn) : conn_(conn) {}
  // Marks session `session_id` as signed in through provider `provider`.
  void MarkProvider(int64_t session_id, const std::string& provider);
  // The provider the session of `token_hash` signed in with; nullopt for
  // no such session or one signed in with a password.
  std::optional<std::string> ProviderOf(const std::string& token_hash);

 private:
  SqlConnection& conn_;
};

// An organisation as the provider's claims find it.
struct OidcOrganisation {
  std::string short_name;
  bool auto_approve = false;
};

// An organisation's sign-in settings as an admin sees them.
struct OrganisationSignIn {
  std::string short_name;
  std::string name;
  std::string org_number;  // "" for none
  bool auto_approve = false;
};

// A person who signed in through the provider and waits for approval.
struct PendingUser {
  std::string name;
  std::string organisation;  // short name
};

class OidcUserStore {
 public:
  explicit OidcUserStore(SqlConnection& conn) : conn_(conn) {}

  // The name of the user with this subject hash, and whether they wait
  // for approval.
  struct Found {
    std::string name;
    bool pending = false;
  };
  std::optional<Found> FindBySubject(const std::string& subject_hash);
  // Whether user `user_id` waits for an admin's approval.
  bool IsPending(int64_t user_id);
  // Marks an existing user as signing in with `subject_hash`, waiting for
  // approval when `pending`.
  void Link(int64_t user_id, const std::string& subject_hash, bool pending);
  // Ends user `user_id`'s wait, bumping their version.
  void Approve(int64_t user_id);

  // Every user waiting for approval, by name.
  std::vector<PendingUser> ListPending();

  std::optional<OidcOrganisation> FindOrganisationByNumber(const std::string& org_number);
  // Every organisation's sign-in settings, by short name.
  std::vector<OrganisationSignIn> ListOrganisationSignIns();
  // Organisation `short_name`'s sign-in settings, or nullopt for none.
  std::optional<OrganisationSignIn> FindOrganisationSignIn(const std::string& short_name);
  // Sets organisation `short_name`'s number ("" for none) and whether its
  // people are approved at their first sign-in; kNotFound for no such
  // organisation, kConflict (field "org_number") for a number another
  // organisation has.
  void SetOrganisationNumber(const std::string& short_name, const std::string& org_number,
                             bool auto_approve);

 private:
  SqlConnection& conn_;
};

}  // namespace fremdrift
