#!/usr/bin/env python3
"""Independent re-computation of the default rubrics' worked examples and sample scorecards.

Usage (from the repository root; needs Python 3.8+ and PyYAML):

    python3 centricity-rubric/src/test/python/check_samples.py            # checks, then prints the tables
    python3 centricity-rubric/src/test/python/check_samples.py --sources ../shared/rubric-sources.md

What it does, in order:
  1. Reads both rubric files strictly (unknown keys are errors, as the Java reader's are) and checks
     ids, scales, weights, sources, bands and the per-dimension balance of keyed weight.
  2. Scores with the general simplex model of DESIGN.md section 4 (vectors over k poles, the
     directions e_p - u, f_p - u and (e_q - e_p)/k), in exact rational arithmetic (fractions), and
     checks it against the two-pole shortcut (index contribution of a trait = +-(2a - 1)).
  3. Checks every worked example in the rubric files (index to 1e-9 and band), plus the
     neutrality, extremes and mirror invariants on the real rubrics.
  4. Scores the sample responses under samples/ and prints, for each, the overall index, band,
     score 0-100, per-dimension indices, alignment, pole strengths, quadrant and the dimensions
     pulling against the overall direction.
  5. With --sources, checks that every claim marked "trait" in rubric-sources.md is cited by a
     trait of the orientation rubric and that all cited claims exist in the rubric's references.

Exit status 1 if any check fails. Nothing here is shipped; it exists so EXPECTED.md can be rerun.
"""
import argparse
import json
import math
import pathlib
import re
import sys
from fractions import Fraction

import yaml

HERE = pathlib.Path(__file__).resolve().parent
RUBRIC_DIR = HERE.parents[1] / "main" / "resources" / "dev" / "centricity" / "rubric"
ID_RE = re.compile(r"^[a-z0-9][a-z0-9.-]*$")
VERSION_RE = re.compile(r"^\d+\.\d+\.\d+$")

failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


# ---------------------------------------------------------------------------------------------
# 1. Strict reading
# ---------------------------------------------------------------------------------------------
TOP_KEYS = {"id", "version", "title", "description", "poles", "scales", "dimensions", "bands",
            "strengthThreshold", "policy", "references", "metadata", "examples"}
TOP_REQUIRED = {"id", "version", "title", "poles", "scales", "dimensions", "bands"}
POLE_KEYS = {"id", "label", "description"}
SCALE_KEYS = {"id", "points"}
DIM_KEYS = {"id", "name", "description", "weight", "traits"}
TRAIT_KEYS = {"id", "statement", "keyed", "contrast", "scale", "weight", "sources"}
BAND_KEYS = {"label", "from", "to"}
POLICY_KEYS = {"missing", "minCoverage", "unknownTraits"}
REF_KEYS = {"id", "title", "publisher", "claims"}
CLAIM_KEYS = {"id", "summary"}
EXAMPLE_KEYS = {"name", "description", "answers", "expect"}
EXPECT_KEYS = {"index", "band"}


def keys_ok(obj, allowed, where, required=()):
    if not isinstance(obj, dict):
        fail(f"{where}: expected a mapping")
        return
    for k in obj:
        if k not in allowed:
            fail(f"{where}: unknown key '{k}'")
    for k in required:
        if k not in obj:
            fail(f"{where}: missing key '{k}'")


def load_rubric(path):
    with open(path, encoding="utf-8") as f:
        r = yaml.safe_load(f)
    where = path.name
    keys_ok(r, TOP_KEYS, where, TOP_REQUIRED)
    if not ID_RE.match(str(r["id"])):
        fail(f"{where}: bad rubric id {r['id']!r}")
    if not VERSION_RE.match(str(r["version"])):
        fail(f"{where}: bad version {r['version']!r}")
    pole_ids = []
    for i, p in enumerate(r["poles"]):
        keys_ok(p, POLE_KEYS, f"{where}/poles/{i}", ("id", "label"))
        pole_ids.append(p["id"])
    scales = {}
    for i, s in enumerate(r["scales"]):
        keys_ok(s, SCALE_KEYS, f"{where}/scales/{i}", ("id", "points"))
        if s["id"] in scales:
            fail(f"{where}: duplicate scale {s['id']}")
        if len(s["points"]) < 2 or not all(isinstance(x, str) for x in s["points"]):
            fail(f"{where}: scale {s['id']} needs 2+ string points")
        scales[s["id"]] = s["points"]
    seen = set()
    used_scales = set()
    ref_claims = {}
    for i, ref in enumerate(r.get("references", [])):
        keys_ok(ref, REF_KEYS, f"{where}/references/{i}", ("id", "title", "claims"))
        for j, c in enumerate(ref["claims"]):
            keys_ok(c, CLAIM_KEYS, f"{where}/references/{i}/claims/{j}", ("id", "summary"))
            ref_claims.setdefault(ref["id"], set()).add(c["id"])
    for di, d in enumerate(r["dimensions"]):
        keys_ok(d, DIM_KEYS, f"{where}/dimensions/{di}", ("id", "name", "traits"))
        for x in [d["id"]] + [t["id"] for t in d["traits"]]:
            if not ID_RE.match(x):
                fail(f"{where}: bad id {x!r}")
            if x in seen:
                fail(f"{where}: duplicate id {x!r}")
            seen.add(x)
        if not d["traits"]:
            fail(f"{where}: dimension {d['id']} has no trait")
        if float(d.get("weight", 1)) < 0:
            fail(f"{where}: negative weight on {d['id']}")
        keyed_w = {p: Fraction(0) for p in pole_ids}
        for ti, t in enumerate(d["traits"]):
            tw = f"{where}/dimensions/{di}/traits/{ti}"
            keys_ok(t, TRAIT_KEYS, tw, ("id", "statement", "scale", "sources"))
            if not t["id"].startswith(d["id"] + "."):
                fail(f"{tw}: id {t['id']} not prefixed by its dimension")
            if ("keyed" in t) == ("contrast" in t):
                fail(f"{tw}: exactly one of keyed / contrast")
            if "keyed" in t:
                if t["keyed"] not in pole_ids:
                    fail(f"{tw}: unknown pole {t['keyed']}")
                else:
                    keyed_w[t["keyed"]] += Fraction(str(t.get("weight", 1)))
            else:
                c = t["contrast"]
                if set(c) != {"from", "to"} or c["from"] not in pole_ids or c["to"] not in pole_ids \
                        or c["from"] == c["to"]:
                    fail(f"{tw}: bad contrast {c}")
            if t["scale"] not in scales:
                fail(f"{tw}: unknown scale {t['scale']}")
            used_scales.add(t["scale"])
            if float(t.get("weight", 1)) < 0:
                fail(f"{tw}: negative weight")
            if not t["sources"]:
                fail(f"{tw}: no sources")
            for s in t["sources"]:
                if set(s) != {"article", "claims"}:
                    fail(f"{tw}: bad source {s}")
                for c in s["claims"]:
                    if not c.startswith(s["article"]) or c not in ref_claims.get(s["article"], set()):
                        fail(f"{tw}: claim {c} not listed in references of article {s['article']}")
        if len(set(keyed_w.values())) != 1:
            fail(f"{where}: dimension {d['id']} keyed weight not balanced: {keyed_w}")
    for s in scales:
        if s not in used_scales:
            fail(f"{where}: scale {s} is never used")
    # bands tile [-1, 1]
    bands = r["bands"]
    for i, b in enumerate(bands):
        keys_ok(b, BAND_KEYS, f"{where}/bands/{i}", BAND_KEYS)
    if bands[0]["from"] != -1.0 or bands[-1]["to"] != 1.0 or any(
            bands[i]["to"] != bands[i + 1]["from"] for i in range(len(bands) - 1)) or any(
            b["from"] >= b["to"] for b in bands):
        fail(f"{where}: bands do not tile [-1, 1]")
    keys_ok(r.get("policy", {}), POLICY_KEYS, f"{where}/policy")
    for i, e in enumerate(r.get("examples", [])):
        keys_ok(e, EXAMPLE_KEYS, f"{where}/examples/{i}", ("name", "answers", "expect"))
        keys_ok(e["expect"], EXPECT_KEYS, f"{where}/examples/{i}/expect")
    r["_scales"] = scales
    r["_poles"] = pole_ids
    r["_ref_claims"] = ref_claims
    return r


# ---------------------------------------------------------------------------------------------
# 2. Scoring: the general model of DESIGN.md section 4, exact
# ---------------------------------------------------------------------------------------------
def vec_add(x, y):
    return [a + b for a, b in zip(x, y)]


def vec_scale(c, x):
    return [c * a for a in x]


def vec_sub(x, y):
    return [a - b for a, b in zip(x, y)]


def direction(trait, a, poles):
    """d_t of DESIGN section 4, as a list over the rubric's poles."""
    k = len(poles)
    u = [Fraction(1, k)] * k
    if "keyed" in trait:
        p = poles.index(trait["keyed"])
        e_p = [Fraction(int(i == p)) for i in range(k)]
        f_p = [(1 - x) / (k - 1) for x in e_p]
        if a >= Fraction(1, 2):
            return vec_scale(2 * a - 1, vec_sub(e_p, u))
        return vec_scale(1 - 2 * a, vec_sub(f_p, u))
    p = poles.index(trait["contrast"]["from"])
    q = poles.index(trait["contrast"]["to"])
    e_p = [Fraction(int(i == p)) for i in range(k)]
    e_q = [Fraction(int(i == q)) for i in range(k)]
    return vec_scale((2 * a - 1) / k, vec_sub(e_q, e_p))


def normalised(rubric, trait, answer):
    """a in [0, 1], or None when the answer is missing (absent, null or "n/a")."""
    if answer is None or answer == "n/a":
        return None
    n = len(rubric["_scales"][trait["scale"]])
    if not isinstance(answer, int) or isinstance(answer, bool) or not 1 <= answer <= n:
        raise ValueError(f"answer {answer!r} out of range 1..{n} for {trait['id']}")
    return Fraction(answer - 1, n - 1)


def band_of(rubric, value):
    """A value on a boundary belongs to the band nearer 0."""
    for b in rubric["bands"]:
        lo, hi = Fraction(str(b["from"])), Fraction(str(b["to"]))
        if lo < value < hi or (value == lo and lo < 0) or (value == hi and hi > 0) \
                or (value == 0 and lo <= 0 <= hi):
            return b["label"]
    raise AssertionError(f"no band for {value}")


def score(rubric, answers, min_coverage=None):
    poles = rubric["_poles"]
    k = len(poles)
    u = [Fraction(1, k)] * k
    policy = rubric.get("policy", {})
    if min_coverage is None:
        min_coverage = Fraction(str(policy.get("minCoverage", 0.5)))
    known = {t["id"] for d in rubric["dimensions"] for t in d["traits"]}
    unknown = set(answers) - known
    if unknown:
        raise ValueError(f"unknown trait ids {sorted(unknown)}")
    threshold = Fraction(str(rubric.get("strengthThreshold", 0.5)))
    dims = []
    for d in rubric["dimensions"]:
        counted = []
        total_w = Fraction(0)
        answered_w = Fraction(0)
        for t in d["traits"]:
            w = Fraction(str(t.get("weight", 1)))
            total_w += w
            a = normalised(rubric, t, answers.get(t["id"]))
            if a is not None:
                answered_w += w
                counted.append((t, w, a))
        W = sum((w for _, w, _ in counted), Fraction(0))
        coverage = answered_w / total_w if total_w > 0 else Fraction(0)
        counts = W > 0 and coverage >= min_coverage
        P_D = list(u)
        for t, w, a in counted if W > 0 else []:
            P_D = vec_add(P_D, vec_scale(w / W, direction(t, a, poles)))
        dims.append(dict(dim=d, counted=counted, W=W, coverage=coverage, counts=counts, P=P_D,
                         omega=Fraction(str(d.get("weight", 1)))))
    live = [x for x in dims if x["counts"]]
    Omega = sum((x["omega"] for x in live), Fraction(0))
    if not live or Omega == 0:
        return dict(undetermined=True)
    P = list(u)
    contributions = {}
    for x in live:
        P = vec_add(P, vec_scale(x["omega"] / Omega, vec_sub(x["P"], u)))
        for t, w, a in x["counted"]:
            contributions[t["id"]] = vec_scale((x["omega"] / Omega) * (w / x["W"]),
                                               direction(t, a, poles))
    # additivity
    total = list(u)
    for c in contributions.values():
        total = vec_add(total, c)
    assert total == P, "contributions do not add up"
    assert sum(P) == 1 and min(P) >= 0, "profile outside the simplex"
    out = dict(undetermined=False, P=P, dims=dims, contributions=contributions)

    # strengths: weighted mean of a over counted keyed traits, overall weight (w_D/Omega)(w_t/W_D)
    def strengths(items):
        res = {}
        for p in poles:
            num = den = Fraction(0)
            for ow, t, a in items:
                if t.get("keyed") == p:
                    num += ow * a
                    den += ow
            res[p] = num / den if den > 0 else None
        return res

    overall_items = [((x["omega"] / Omega) * (w / x["W"]), t, a) for x in live for t, w, a in x["counted"]]
    out["strengths"] = strengths(overall_items)
    for x in dims:
        x["strengths"] = strengths([(w, t, a) for t, w, a in x["counted"]])
    if k == 2:
        out["index"] = P[1] - P[0]
        out["score100"] = 50 * (out["index"] + 1)
        out["band"] = band_of(rubric, out["index"])
        for x in dims:
            x["index"] = x["P"][1] - x["P"][0]
        var = sum(((x["omega"] / Omega) * (x["index"] - out["index"]) ** 2 for x in live), Fraction(0))
        out["alignment"] = 1 - math.sqrt(var)
        s_neg, s_pos = out["strengths"][poles[0]], out["strengths"][poles[1]]
        strong_neg = s_neg is not None and s_neg > threshold
        strong_pos = s_pos is not None and s_pos > threshold
        out["quadrant"] = ("hybrid" if strong_neg and strong_pos else
                           f"{poles[1]}-centric" if strong_pos else
                           f"{poles[0]}-centric" if strong_neg else "unfocused")
        sign = (out["index"] > 0) - (out["index"] < 0)
        out["against"] = [x["dim"]["id"] for x in live
                          if sign != 0 and ((x["index"] > 0) - (x["index"] < 0)) == -sign]
        # the two-pole shortcut: I_D = sum (w_t/W_D) s_t (2a-1), s_t = +1 toward customer
        for x in live:
            short = Fraction(0)
            for t, w, a in x["counted"]:
                if "keyed" in t:
                    s = 1 if t["keyed"] == poles[1] else -1
                else:
                    s = 1 if t["contrast"]["to"] == poles[1] else -1
                short += (w / x["W"]) * s * (2 * a - 1)
            assert short == x["index"], f"shortcut differs on {x['dim']['id']}"
    return out


# ---------------------------------------------------------------------------------------------
# 3. Examples and invariants
# ---------------------------------------------------------------------------------------------
def all_traits(rubric):
    return [t for d in rubric["dimensions"] for t in d["traits"]]


def toward(rubric, pole):
    """Answers giving every trait fully toward the pole."""
    ans = {}
    for t in all_traits(rubric):
        n = len(rubric["_scales"][t["scale"]])
        if "keyed" in t:
            ans[t["id"]] = n if t["keyed"] == pole else 1
        else:
            ans[t["id"]] = n if t["contrast"]["to"] == pole else 1
    return ans


def check_rubric(rubric):
    name = rubric["id"]
    traits = all_traits(rubric)
    mid = {t["id"]: (len(rubric["_scales"][t["scale"]]) + 1) // 2 for t in traits}
    if score(rubric, mid)["index"] != 0:
        fail(f"{name}: neutrality")
    for pole, want in ((rubric["_poles"][0], -1), (rubric["_poles"][1], 1)):
        if score(rubric, toward(rubric, pole))["index"] != want:
            fail(f"{name}: extreme toward {pole}")
    # mirror: swapping the poles' roles on every trait negates the index
    swapped = json.loads(json.dumps({k: v for k, v in rubric.items() if not k.startswith("_")}))
    p0, p1 = rubric["_poles"]
    for d in swapped["dimensions"]:
        for t in d["traits"]:
            if "keyed" in t:
                t["keyed"] = p1 if t["keyed"] == p0 else p0
            else:
                t["contrast"] = {"from": t["contrast"]["to"], "to": t["contrast"]["from"]}
    swapped.update(_scales=rubric["_scales"], _poles=rubric["_poles"], _ref_claims=rubric["_ref_claims"])
    for e in rubric.get("examples", []):
        if score(swapped, e["answers"])["index"] != -score(rubric, e["answers"])["index"]:
            fail(f"{name}: mirror fails on example {e['name']}")
    for e in rubric.get("examples", []):
        res = score(rubric, e["answers"])
        want = e["expect"]
        if res["undetermined"]:
            fail(f"{name}: example {e['name']} is undetermined")
            continue
        exact = res["index"]
        ok_i = abs(float(exact) - float(want["index"])) <= 1e-9 if "index" in want else True
        ok_b = res["band"] == want["band"] if "band" in want else True
        status = "ok  " if ok_i and ok_b else "FAIL"
        print(f"  {status} {name} example {e['name']}: index {exact} = {float(exact):.17g}, band {res['band']}"
              f" (expected {want.get('index')}, {want.get('band')})")
        if not (ok_i and ok_b):
            fail(f"{name}: example {e['name']}")


# ---------------------------------------------------------------------------------------------
# 4. Samples
# ---------------------------------------------------------------------------------------------
def report_sample(rubric, path):
    resp = json.loads(path.read_text(encoding="utf-8"))
    if set(resp) != {"rubric", "respondent", "answers"}:
        fail(f"{path.name}: keys {sorted(resp)}")
    if resp["rubric"] != f"{rubric['id']}@{rubric['version']}":
        fail(f"{path.name}: names rubric {resp['rubric']}")
    ids = [t["id"] for t in all_traits(rubric)]
    missing = [i for i in ids if i not in resp["answers"]]
    if missing:
        fail(f"{path.name}: unanswered traits {missing}")
    res = score(rubric, resp["answers"])
    # a sample sitting exactly on a band edge would make its band depend on rounding in doubles
    edges = {Fraction(str(b["from"])) for b in rubric["bands"]} - {Fraction(-1), Fraction(1)}
    for label, value in [("overall", res["index"])] + [(x["dim"]["id"], x["index"]) for x in res["dims"]]:
        if value in edges:
            fail(f"{path.name}: {label} index {value} lies on a band edge")
    return resp, res


def print_sample(rubric, path, resp, res):
    p0, p1 = rubric["_poles"]
    print(f"\n### {path.name}  (respondent `{resp['respondent']}`, rubric `{resp['rubric']}`)\n")
    print(f"- index I = {res['index']} = {float(res['index']):.15f}")
    print(f"- score 0-100 = {float(res['score100']):.4f}")
    print(f"- band: **{res['band']}**")
    print(f"- alignment = {res['alignment']:.15f}")
    print(f"- S_{p0} = {res['strengths'][p0]} = {float(res['strengths'][p0]):.15f}")
    print(f"- S_{p1} = {res['strengths'][p1]} = {float(res['strengths'][p1]):.15f}")
    print(f"- quadrant: **{res['quadrant']}** (strong means > {rubric.get('strengthThreshold', 0.5)})")
    print(f"- dimensions pulling against the overall direction: {', '.join(res['against']) or 'none'}")
    print(f"\n| dimension | I_D (exact) | I_D | S_{p0} | S_{p1} | band of I_D |")
    print("|---|---|---|---|---|---|")
    for x in res["dims"]:
        print(f"| {x['dim']['id']} | {x['index']} | {float(x['index']):+.6f} | "
              f"{float(x['strengths'][p0]):.4f} | {float(x['strengths'][p1]):.4f} | {band_of(rubric, x['index'])} |")


# ---------------------------------------------------------------------------------------------
# 5. Claim coverage
# ---------------------------------------------------------------------------------------------
def check_sources(rubric, context, sources_md):
    rows = re.findall(r"^\|\s*([AB]\d+)\s*\|.*\|\s*([^|]*?)\s*\|\s*$", sources_md.read_text(), re.M)
    use = dict(rows)
    trait_claims = sorted((c for c, u in use.items() if u.strip() == "trait"), key=lambda c: (c[0], int(c[1:])))
    cited = {}
    for t in all_traits(rubric):
        for s in t["sources"]:
            for c in s["claims"]:
                cited.setdefault(c, []).append(t["id"])
    print("\nClaim coverage (orientation rubric):")
    for c in trait_claims:
        who = cited.get(c)
        print(f"  {c:4} {'ok  ' if who else 'MISSING'} {', '.join(who or [])}")
        if not who:
            fail(f"claim {c} marked trait is not cited")
    for c in sorted(set(cited) - set(trait_claims)):
        print(f"  {c:4} (not marked trait, cited by {', '.join(cited[c])}; use: {use.get(c)})")
    all_claims = set(use)
    listed = set().union(*rubric["_ref_claims"].values())
    if listed != all_claims:
        fail(f"references of the orientation rubric differ from rubric-sources.md: {sorted(all_claims ^ listed)}")
    for forbidden in ("B7", "B9", "B15", "A16"):
        if forbidden in cited:
            fail(f"orientation rubric cites {forbidden}, which belongs elsewhere")
    ccited = {c for t in all_traits(context) for s in t["sources"] for c in s["claims"]}
    print(f"\nContext rubric cites: {', '.join(sorted(ccited, key=lambda c: (c[0], int(c[1:]))))}")
    for c in ("B9", "B15"):
        if c not in ccited:
            fail(f"context rubric does not cite {c}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sources", type=pathlib.Path, help="path of shared/rubric-sources.md")
    args = ap.parse_args()
    orientation = load_rubric(RUBRIC_DIR / "product-customer-centricity.yaml")
    context = load_rubric(RUBRIC_DIR / "centricity-context.yaml")
    for r in (orientation, context):
        n_traits = len(all_traits(r))
        print(f"{r['id']}@{r['version']}: {len(r['dimensions'])} dimensions, {n_traits} traits "
              f"({sum('contrast' in t for t in all_traits(r))} contrast)")
        for d in r["dimensions"]:
            kinds = [t.get("keyed") or "contrast" for t in d["traits"]]
            print(f"  {d['id']:13} weight {d.get('weight', 1)}: {len(d['traits'])} traits "
                  f"({kinds.count(r['_poles'][0])} {r['_poles'][0]}, {kinds.count(r['_poles'][1])} "
                  f"{r['_poles'][1]}, {kinds.count('contrast')} contrast)")
        check_rubric(r)
    if args.sources:
        check_sources(orientation, context, args.sources)
    results = {}
    for path in sorted((RUBRIC_DIR / "samples").glob("*.json")):
        rubric = orientation if path.name.endswith("-orientation.json") else context
        resp, res = report_sample(rubric, path)
        results[path.name] = (rubric, resp, res)
    print("\n## Summary\n")
    print("| sample | rubric | index | band | S_product | S_customer | quadrant | alignment | pulling against |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, (rubric, resp, res) in results.items():
        print(f"| {name} | {rubric['id']} | {float(res['index']):+.4f} | {res['band']} | "
              f"{float(res['strengths']['product']):.4f} | {float(res['strengths']['customer']):.4f} | "
              f"{res['quadrant']} | {res['alignment']:.4f} | {', '.join(res['against']) or '-'} |")
    orgs = sorted({n.rsplit("-", 1)[0] for n in results})
    print("\n## Fit (orientation index minus recommended index)\n")
    print("| organisation | orientation I | recommended I | gap |")
    print("|---|---|---|---|")
    for o in orgs:
        oi = results[f"{o}-orientation.json"][2]["index"]
        ci = results[f"{o}-context.json"][2]["index"]
        print(f"| {o} | {float(oi):+.4f} | {float(ci):+.4f} | {float(oi - ci):+.4f} |")
    print("\n## Details")
    for name, (rubric, resp, res) in results.items():
        print_sample(rubric, RUBRIC_DIR / "samples" / name, resp, res)
    print()
    if failures:
        print(f"{len(failures)} check(s) failed")
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
