#!/usr/bin/env python3
"""A synthetic national-size dataset for the benchmarks (bench/README.md,
"National size"). Standard library only; deterministic: the same settings
and seed give the same bytes. Every name says it is synthetic.

  national_data.py bundle OUT.json [SIZE OPTIONS]
      Writes the bundle (docs/bundle-format.md) of the world: organisations
      (the municipalities, 4 regional health authorities and 30 others), one
      published strategy "syntetisk-nasjonal" over YEARS years with a
      quarterly cadence, its GOALS goals and DELIVERABLES deliverables (each
      under a goal, owned by an organisation, with dates and phases for the
      roadmap), INDICATORS indicators (each serving a goal, monthly, broken
      down by "kommune"; one in ten with an organisation responsible for
      reporting on it), and a reporting period per quarter: every period
      but the last published with an assessment of each goal and each
      deliverable; the last one open, for a reporting round.

  national_data.py measurements FIRST LAST [SIZE OPTIONS]
      Writes on standard output, as CSV for `fremdrift measurements import`
      (the product's fastest import path: COPY on PostgreSQL), the monthly
      measurements of indicators FIRST..LAST (1-based): for each month of
      the YEARS years, the national total (an empty "kommune") and one value
      per municipality. Rows come in key order and are written as they are
      made, so memory stays constant whatever the size; call it once per
      slice of indicators to import in steps.

  national_data.py shape [SIZE OPTIONS]
      Prints the counts the options give, as one line of JSON.

Size options (defaults: the national size issue 18 asks for):
  --goals 20 --deliverables 2000 --indicators 1000 --municipalities 356
  --years 10 --seed 2030
"""
import argparse
import json
import random
import sys

STRATEGY = "syntetisk-nasjonal"
LAST_YEAR = 2026
DIMENSION = "kommune"
PHASES = ["konsept", "utvikling", "tilpasning", "innforing", "i_bruk"]
STATUSES = ["green", "green", "green", "yellow", "yellow", "red"]
OTHER_ORGANISATIONS = 30
REGIONAL_AUTHORITIES = ("Sor-Ost", "Vest", "Midt", "Nord")


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("command", choices=["bundle", "measurements", "shape"])
    p.add_argument("args", nargs="*")
    for name, default in (("goals", 20), ("deliverables", 2000), ("indicators", 1000),
                          ("municipalities", 356), ("years", 10), ("seed", 2030)):
        p.add_argument("--" + name, type=int, default=default)
    a = p.parse_args(argv)
    for name in ("goals", "deliverables", "indicators", "municipalities", "years"):
        if getattr(a, name) < 1:
            p.error("--%s must be at least 1" % name)
    if a.years > 100:
        p.error("--years must be at most 100")
    return a


def municipality_keys(n):
    """The dimension values and the organisations' short names."""
    return ["SK%04d" % i for i in range(1, n + 1)]


def organisations(a):
    orgs = [(k, "Syntetisk kommune %s" % k[2:], "municipality") for k in municipality_keys(a.municipalities)]
    orgs += [("SRHF-%s" % r, "Syntetisk helseregion %s RHF" % r, "rhf") for r in REGIONAL_AUTHORITIES]
    orgs += [("SORG%02d" % i, "Syntetisk organisasjon %d" % i, "directorate" if i <= 5 else "other")
             for i in range(1, OTHER_ORGANISATIONS + 1)]
    return orgs


def first_year(a):
    return LAST_YEAR - a.years + 1


def quarters(a):
    return ["%d-Q%d" % (y, q) for y in range(first_year(a), LAST_YEAR + 1) for q in range(1, 5)]


def indicator_code(i):
    return "syn-%04d" % i


def goal_key(g):
    return "m%02d" % g


def deliverable_key(d):
    return "l%04d" % d


def deliverable_goal(a, d):
    """Deliverables are spread evenly over the goals, in plan order."""
    return 1 + (d - 1) * a.goals // a.deliverables


def deliverable_owner(orgs, d):
    """A quarter of the deliverables belong to the 5 directorates (as a
    national strategy's do), the rest are spread over every organisation."""
    if d % 4 == 0:
        directorates = [s for s, _, kind in orgs if kind == "directorate"]
        return directorates[(d // 4) % len(directorates)]
    return orgs[(d * 7) % len(orgs)][0]


def shape(a):
    months = a.years * 12
    return {
        "organisations": a.municipalities + len(REGIONAL_AUTHORITIES) + OTHER_ORGANISATIONS,
        "goals": a.goals, "deliverables": a.deliverables, "indicators": a.indicators,
        "municipalities": a.municipalities, "months": months, "periods": len(quarters(a)),
        "assessments": (len(quarters(a)) - 1) * (a.goals + a.deliverables),
        "measurements": a.indicators * months * (a.municipalities + 1),
        "last_published_period": quarters(a)[-2],
        "open_period": quarters(a)[-1],
    }


def write_bundle(a, path):
    rnd = random.Random(a.seed)
    orgs = organisations(a)
    start_year = first_year(a)
    items = [{"key": goal_key(g), "code": str(g), "level": 1, "parent": None,
              "title": "Syntetisk mål %d" % g,
              "description": "Et syntetisk mål for ytelsesmåling, ikke en del av noen strategi."}
             for g in range(1, a.goals + 1)]
    for d in range(1, a.deliverables + 1):
        begin = rnd.randrange(start_year, LAST_YEAR + 1)
        end = min(LAST_YEAR + 2, begin + rnd.randrange(0, 4))
        phase_from = rnd.randrange(len(PHASES))
        phase_to = min(len(PHASES) - 1, phase_from + rnd.randrange(0, 3))
        items.append({
            "key": deliverable_key(d), "code": "%d.%d" % (deliverable_goal(a, d), d), "level": 2,
            "parent": goal_key(deliverable_goal(a, d)), "title": "Syntetisk leveranse %d" % d,
            "owners": [deliverable_owner(orgs, d)],
            "start": "%d-%02d-01" % (begin, rnd.randrange(1, 13)), "end": "%d-12-31" % end,
            "phase_from": PHASES[phase_from], "phase_to": PHASES[phase_to],
        })
    others = [s for s, _, kind in orgs if kind not in ("municipality", "rhf")]
    indicators = []
    for i in range(1, a.indicators + 1):
        ind = {
            "code": indicator_code(i), "name": "Syntetisk indikator %d" % i,
            "description": "Syntetiske tall per kommune og måned for ytelsesmåling.",
            "unit": "percent", "direction": "higher_is_better", "source": "Syntetiske data (bench/national_data.py)",
            "period_type": "month", "published": True,
            "serves": [{"strategy": STRATEGY, "item": goal_key(1 + (i - 1) % a.goals)}],
            "baseline": {"value": 40.0, "period": "%d" % start_year},
            "targets": [{"value": 80.0, "by": "%d-12-31" % LAST_YEAR}],
        }
        if i % 10 == 0:
            ind["responsible_organisation"] = others[(i // 10) % len(others)]
        indicators.append(ind)
    periods = []
    codes = quarters(a)
    for n, code in enumerate(codes):
        last = n == len(codes) - 1
        period = {"strategy": STRATEGY, "code": code, "title": "Syntetisk statusrapport %s" % code,
                  "state": "open" if last else "published"}
        if not last:
            period["published_on"] = "%s-%02d-15" % (code[:4], 3 * int(code[-1]))
            subjects = [{"kind": "item", "item": goal_key(g)} for g in range(1, a.goals + 1)]
            subjects += [{"kind": "item", "item": deliverable_key(d)} for d in range(1, a.deliverables + 1)]
            period["assessments"] = [{"subject": s, "status": rnd.choice(STATUSES),
                                      "comment": "Syntetisk vurdering for %s." % code} for s in subjects]
        periods.append(period)
    bundle = {
        "format": "fremdrift-bundle", "version": 1,
        "organisations": [{"short_name": s, "name": name, "kind": kind, "source": "syntetisk"}
                          for s, name, kind in orgs],
        "strategies": [{"key": STRATEGY, "name": "Syntetisk nasjonal strategi (ytelsesmåling)",
                        "period_start": start_year, "period_end": LAST_YEAR,
                        "vision": "Syntetiske data i nasjonal størrelse, laget av bench/national_data.py.",
                        "published": True, "level_names": ["Mål", "Leveranse"], "source": "syntetisk",
                        "cadence": "quarterly", "items": items}],
        "indicators": indicators,
        "reporting_periods": periods,
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(bundle, f, ensure_ascii=False)


def write_measurements(a, first, last, out):
    if not 1 <= first <= last <= a.indicators:
        sys.exit("national_data.py: indicators must be 1 <= FIRST <= LAST <= %d" % a.indicators)
    kommuner = municipality_keys(a.municipalities)
    months = ["%d-%02d" % (y, m) for y in range(first_year(a), LAST_YEAR + 1) for m in range(1, 13)]
    out.write("indicator,period,kommune,value\n")
    for i in range(first, last + 1):
        # Each indicator's own generator, so that a slice gives the same
        # rows as the whole.
        rnd = random.Random(a.seed * 1000003 + i)
        code = indicator_code(i)
        start = [20.0 + 40.0 * rnd.random() for _ in kommuner]
        growth = [0.5 * rnd.random() / 12 for _ in kommuner]
        noise = [rnd.uniform(-2.0, 2.0) for _ in range(4099)]
        for n, month in enumerate(months):
            prefix = "%s,%s," % (code, month)
            values = [min(100.0, max(0.0, s + g * n + noise[(n * 131 + k) % 4099]))
                      for k, (s, g) in enumerate(zip(start, growth))]
            total = sum(values) / len(values)
            out.write("%s,%.1f\n" % (prefix, total))
            out.write("".join("%s%s,%.1f\n" % (prefix, k, v) for k, v in zip(kommuner, values)))


def main(argv):
    a = parse_args(argv)
    if a.command == "bundle":
        if len(a.args) != 1:
            sys.exit("usage: national_data.py bundle OUT.json [options]")
        write_bundle(a, a.args[0])
    elif a.command == "measurements":
        if len(a.args) != 2 or not all(x.isdigit() for x in a.args):
            sys.exit("usage: national_data.py measurements FIRST LAST [options]")
        write_measurements(a, int(a.args[0]), int(a.args[1]), sys.stdout)
        sys.stdout.flush()
    else:
        print(json.dumps(shape(a)))


if __name__ == "__main__":
    main(sys.argv[1:])
