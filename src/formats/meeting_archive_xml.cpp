#include "formats/meeting_archive_xml.h"

#include "formats/xml_text.h"

namespace fremdrift {
namespace {

// Writes indented elements; text is escaped.
class XmlWriter {
 public:
  void Open(const std::string& name, const std::string& attributes = "") {
    Indent();
    out_ += "<" + name + attributes + ">\n";
    open_.push_back(name);
  }
  void Close() {
    std::string name = open_.back();
    open_.pop_back();
    Indent();
    out_ += "</" + name + ">\n";
  }
  void Leaf(const std::string& name, const std::string& text) {
    Indent();
    out_ += "<" + name + ">" + EscapeXml(text) + "</" + name + ">\n";
  }
  void LeafIf(const std::string& name, const std::string& text) {
    if (!text.empty()) Leaf(name, text);
  }
  std::string Text() const { return out_; }

 private:
  void Indent() { out_.append(open_.size() * 2, ' '); }
  std::string out_ = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  std::vector<std::string> open_;
};

// The Noark 5 case status ("saksstatus") nearest to ours.
std::string NoarkCaseStatus(CaseStatus s) {
  switch (s) {
    case CaseStatus::kPlanned: return "Under behandling";
    case CaseStatus::kHandled: return "Avsluttet";
    case CaseStatus::kPostponed: return "Under behandling";
    case CaseStatus::kWithdrawn: return "Utgår";
  }
  return "Under behandling";
}

std::string Bool(bool b) { return b ? "true" : "false"; }

void Document(XmlWriter& x, const std::string& id, const std::string& type, bool final, const std::string& title,
              const std::string& role, const std::string& format, const std::string& file) {
  x.Leaf("systemID", id);
  x.Leaf("dokumenttype", type);
  x.Leaf("dokumentstatus", final ? "Dokumentet er ferdigstilt" : "Dokumentet er under redigering");
  x.Leaf("tittel", title);
  x.Leaf("tilknyttetRegistreringSom", role);
  x.Open("dokumentobjekt");
  x.Leaf("format", format);
  x.Leaf("referanseDokumentfil", file);
  x.Close();
}

}  // namespace

std::string MeetingArchiveXml(const MeetingArchive& a) {
  const Meeting& m = a.agenda.meeting;
  const Body& body = a.agenda.body;
  std::string label = MeetingNumberLabel(m);
  std::string heading = body.short_name + " " + (label.empty() ? m.date.ToIso() : label);
  XmlWriter x;
  x.Open("moeteuttrekk", " xmlns=\"urn:fremdrift:moeteuttrekk:1\" versjon=\"1\"");
  x.Leaf("produsert", a.produced_at);
  x.Open("moetemappe");
  x.Leaf("systemID", "moete-" + std::to_string(m.id));
  x.Leaf("mappeID", heading);
  x.Leaf("tittel", "Møte " + heading);
  x.Leaf("utvalg", body.short_name);
  x.Leaf("utvalgsnavn", body.name);
  x.LeafIf("moetenummer", label);
  x.Leaf("moetedato", m.date.ToIso());
  x.LeafIf("moetested", m.place);
  x.Leaf("moetestatus", std::string(MeetingStateKey(m.state)));
  x.LeafIf("kilde", m.source);
  x.Open("dokumentbeskrivelse");
  Document(x, "moete-" + std::to_string(m.id) + "-dagsorden", "Saksliste", m.state != MeetingState::kPlanned,
           "Dagsorden " + heading, "Hoveddokument", "PDF", a.urls.agenda_pdf);
  x.Close();
  if (a.minutes) {
    const Minutes& r = *a.minutes;
    x.Open("dokumentbeskrivelse");
    Document(x, "moete-" + std::to_string(m.id) + "-referat", "Møtebok", r.state == MinutesState::kApproved,
             "Referat " + heading, "Hoveddokument", "PDF", a.urls.minutes_pdf);
    x.Open("referat");
    x.Leaf("referatstatus", std::string(MinutesStateKey(r.state)));
    x.LeafIf("godkjentISak", a.approval_case);
    for (const auto& k : r.corrections) {
      x.Open("retting");
      x.Leaf("tidspunkt", k.at);
      x.Leaf("begrunnelse", k.reason);
      x.Close();
    }
    for (const auto& p : r.attendance) {
      x.Open("deltaker");
      x.Leaf("navn", p.person);
      x.LeafIf("organisasjon", p.organisation);
      x.Leaf("rolle", std::string(AttendanceRoleKey(p.role)));
      x.Leaf("moette", Bool(p.present));
      x.LeafIf("varaFor", p.deputy_for);
      x.Close();
    }
    x.Close();
    x.Close();
  }
  for (const auto& c : a.agenda.cases) {
    std::string case_label = body.short_name + " " + CaseNumberLabel(c.number, c.year);
    x.Open("saksmappe");
    x.Leaf("systemID", "sak-" + std::to_string(c.id));
    x.Leaf("mappeID", case_label);
    x.Leaf("tittel", c.title);
    x.Leaf("saksaar", std::to_string(c.year));
    x.Leaf("sakssekvensnummer", std::to_string(c.number));
    x.Leaf("saksdato", m.date.ToIso());
    x.Leaf("saksstatus", NoarkCaseStatus(c.status));
    x.Leaf("behandlingsstatus", std::string(CaseStatusKey(c.status)));
    x.LeafIf("innretning", c.type);
    x.Open("journalpost");
    x.Leaf("systemID", "sak-" + std::to_string(c.id) + "-1");
    x.Leaf("registreringsID", case_label + "-1");
    x.Leaf("tittel", c.title);
    x.Leaf("journalposttype", "Saksframlegg");
    x.Leaf("journaldato", m.date.ToIso());
    for (const auto& p : c.presenters) {
      x.Open("saksbehandler");
      x.Leaf("navn", p.name);
      x.LeafIf("organisasjon", p.organisation);
      x.Close();
    }
    x.LeafIf("forslagTilVedtak", c.proposed_decision);
    x.LeafIf("vedtak", c.decision);
    if (a.minutes) {
      for (const auto& mc : a.minutes->cases) {
        if (mc.case_id != c.id) continue;
        x.LeafIf("diskusjon", mc.discussion);
        x.Leaf("avvikerFraForslag", Bool(mc.differs_from_proposal));
      }
    }
    auto actions = a.actions.find(c.id);
    if (actions != a.actions.end()) {
      for (const auto& act : actions->second) {
        x.Open("oppfoelging");
        x.Leaf("beskrivelse", act.description);
        x.Leaf("ansvarlig", act.organisation);
        if (act.due) x.Leaf("frist", act.due->ToIso());
        x.Leaf("fremmesIgjen", Bool(act.to_meeting));
        x.Leaf("status", std::string(ActionStateKey(act.state)));
        x.LeafIf("begrunnelse", act.state_reason);
        x.Close();
      }
    }
    int n = 0;
    for (const auto& d : c.documents) {
      x.Open("dokumentbeskrivelse");
      Document(x, "sak-" + std::to_string(c.id) + "-dok-" + std::to_string(++n), "Saksdokument", true, d.title,
               n == 1 ? "Hoveddokument" : "Vedlegg", "URL", d.url);
      x.Close();
    }
    x.Close();
    x.Close();
  }
  x.Close();
  x.Close();
  return x.Text();
}

}  // namespace fremdrift
