#!/usr/bin/env python3
"""Deterministic synthetic claims for benchmarks.

Usage: generate_claims.py N [--format jsonl|csv] [--seed S] [--sparse] > claims.jsonl

jsonl: lines `claims import` accepts (sources first, then claims without history, which the
import turns into new claims). csv: the same claims as flat rows (one per claim, `source` as the
source's URL), which `claims import` also reads and the sqlite3 shell's `.import` takes as a baseline. The same N and seed always give the same bytes.

Density: by default the claims crowd onto few keys (16 systems, 4 claimants, 8 places, 1,200
days: about 26 claims per claimant, system and day at N = 1,000,000), so nearly every claim is a
probable duplicate or a conflicting count of another: a stress test for the cross-claim rules.
--sparse spreads them over 33 claimants, 33 places and the 1,041 days from the full-scale invasion
to the sources' publication: about one claim in ten shares its claimant, system, day and place
with another, so the cross-claim rules find what they would in a large real ledger.
"""
import argparse
import json
import random
import sys

SYSTEMS = [
    ("shahed-136", "russia"), ("kalibr", "russia"), ("kh-101", "russia"), ("iskander-m", "russia"),
    ("kinzhal", "russia"), ("kh-59", "russia"), ("unspecified-drone", "russia"), ("unspecified-missile", "russia"),
    ("atacms", "ukraine"), ("storm-shadow", "ukraine"), ("harm", "ukraine"), ("hammer", "ukraine"),
    ("vilkha", "ukraine"), ("neptune", "ukraine"), ("unspecified-drone", "ukraine"), ("unspecified-rocket", "ukraine"),
]
CLAIMANTS = {"russia": ["ua-air-force", "ua-general-staff", "ua-air-command-south"], "ukraine": ["ru-mod"]}
SIDE_OF = {"ua-air-force": "ukraine", "ua-general-staff": "ukraine", "ua-air-command-south": "ukraine", "ru-mod": "russia"}
PLACES = ["kyiv-oblast", "odesa-oblast", "kharkiv-oblast", "belgorod-oblast", "kursk-oblast", "crimea", "black-sea", None]
CLAIMS_PER_SOURCE = 100


SPARSE_CLAIMANTS = {  # the taxonomy's actors that report intercepts, by the side whose weapons they count
    "russia": ["ua-air-force", "ua-general-staff", "ua-air-command-south", "ua-air-command-east", "ua-air-command-west",
               "ua-air-command-center", "ua-navy", "ua-defence-forces-south", "ua-gov-dnipropetrovsk", "ua-gov-kharkiv",
               "ua-gov-odesa", "ua-gov-zaporizhzhia", "ua-gov-mykolaiv", "ua-gov-kherson", "ua-gov-sumy", "ua-gov-lviv",
               "ua-gov-chernihiv", "ua-gov-kyiv-oblast", "ua-gov-poltava", "ua-gov-zhytomyr", "ua-kyiv-city"],
    "ukraine": ["ru-mod", "ru-gov-belgorod", "ru-gov-kursk", "ru-gov-bryansk", "ru-gov-rostov", "ru-gov-voronezh",
                "ru-gov-krasnodar", "ru-gov-oryol", "ru-gov-lipetsk", "ru-mayor-moscow", "ru-head-crimea",
                "ru-gov-sevastopol"],
}
SPARSE_PLACES = [
    "kyiv-oblast", "odesa-oblast", "kharkiv-oblast", "belgorod-oblast", "kursk-oblast", "crimea", "black-sea",
    "dnipropetrovsk-oblast", "zaporizhzhia-oblast", "mykolaiv-oblast", "kherson-oblast", "sumy-oblast",
    "chernihiv-oblast", "poltava-oblast", "lviv-oblast", "vinnytsia-oblast", "khmelnytskyi-oblast",
    "zhytomyr-oblast", "rivne-oblast", "volyn-oblast", "ternopil-oblast", "ivano-frankivsk-oblast",
    "zakarpattia-oblast", "chernivtsi-oblast", "cherkasy-oblast", "kirovohrad-oblast", "donetsk-oblast",
    "luhansk-oblast", "bryansk-oblast", "voronezh-oblast", "rostov-oblast", "krasnodar-krai", None,
]


def claims(n, seed, sparse=False):
    rng = random.Random(seed)
    places = SPARSE_PLACES if sparse else PLACES
    for i in range(n):
        system, weapon_side = SYSTEMS[rng.randrange(len(SYSTEMS))]
        claimant = rng.choice((SPARSE_CLAIMANTS if sparse else CLAIMANTS)[weapon_side])
        # proleptic ordinals: 2021-07..2024-10, or 2022-02-24..2024-12-30 when sparse
        day = 738_210 + rng.randrange(1_041) if sparse else 738_000 + rng.randrange(1200)
        year, month, dom = ordinal_to_date(day)
        launched = rng.randrange(1, 120)
        count = rng.randrange(0, launched + 1)
        vague = rng.random() < 0.03
        yield {
            "kind": "intercept",
            "system": system,
            "claimant": claimant,
            "claimant_side": "ukraine" if claimant.startswith("ua-") else "russia",
            "weapon_side": weapon_side,
            "count": None if vague else count,
            "count_text": "several" if vague else None,
            "qualifier": "unknown" if vague else "exact",
            "launched": None if vague else launched,
            "event_date": f"{year:04d}-{month:02d}-{dom:02d}",
            "place": places[rng.randrange(len(places))],
            "source": i // CLAIMS_PER_SOURCE + 1,
            "quote": f"Air defences destroyed {count} of {launched} targets (report {i})",
        }


def ordinal_to_date(ordinal):
    import datetime
    d = datetime.date.fromordinal(ordinal)
    return d.year, d.month, d.day


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    parser.add_argument("--seed", type=int, default=20240515)
    parser.add_argument("--sparse", action="store_true", help="spread claims over many more days and places")
    args = parser.parse_args()
    out = sys.stdout
    write = out.write
    if args.format == "csv":
        write("kind,system,claimant,claimant_side,weapon_side,count,count_text,qualifier,launched,event_date,place,source,quote\n")
        for c in claims(args.n, args.seed, args.sparse):
            row = [c["kind"], c["system"], c["claimant"], c["claimant_side"], c["weapon_side"],
                   "" if c["count"] is None else str(c["count"]), c["count_text"] or "", c["qualifier"],
                   "" if c["launched"] is None else str(c["launched"]), c["event_date"], c["place"] or "",
                   f"https://example.org/report/{c['source']}", '"' + c["quote"].replace('"', '""') + '"']
            write(",".join(row) + "\n")
        return
    sources = (args.n + CLAIMS_PER_SOURCE - 1) // CLAIMS_PER_SOURCE
    for s in range(1, sources + 1):
        write(json.dumps({"type": "source", "id": s, "kind": "article", "url": f"https://example.org/report/{s}",
                          "outlet": "example.org", "published": "2024-12-31"}, separators=(",", ":")) + "\n")
    for c in claims(args.n, args.seed, args.sparse):
        line = {k: v for k, v in c.items() if k not in ("source", "quote")}
        line["type"] = "claim"
        line["citations"] = [{"source": c["source"], "quote": c["quote"]}]
        write(json.dumps(line, separators=(",", ":"), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
