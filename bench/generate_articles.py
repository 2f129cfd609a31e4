#!/usr/bin/env python3
"""Deterministic synthetic news text for the extraction benchmark.

Usage: generate_articles.py [--megabytes N] [--seed S] > articles.txt

Writes article-like paragraphs built from sentence templates written for this project: claims
by both sides' claimants in many phrasings (counts as digits and words, "N of M", "at least",
ranges), and sentences without claims (aid, capabilities, history, casualties, diplomacy).
About a third of the sentences carry a claim. The same size and seed always give the same bytes.
"""
import argparse
import random
import sys

NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "fifteen", "twenty", "twenty-three", "thirty", "forty-two"]

UA_CLAIMANTS = ["Ukraine's air force", "the Ukrainian Air Force", "the air force", "Air Force spokesman Yurii Ihnat",
                "the General Staff", "Ukraine's military", "regional governor Oleh Syniehubov", "Ivan Fedorov, the governor of the Zaporizhzhia region",
                "Kyiv's military administration", "President Volodymyr Zelensky", "Ukrainian officials"]
RU_CLAIMANTS = ["Russia's Defence Ministry", "the Russian Defence Ministry", "the ministry", "the Russian military",
                "Belgorod Governor Vyacheslav Gladkov", "Kursk governor Alexei Smirnov", "Moscow Mayor Sergei Sobyanin",
                "Sevastopol Governor Mikhail Razvozhayev", "Major General Igor Konashenkov", "Russian officials"]
RU_WEAPONS = ["Shahed drones", "Shahed-136 drones", "Kalibr cruise missiles", "Kh-101 missiles", "Iskander-M ballistic missiles",
              "Kinzhal missiles", "Kh-59 guided missiles", "drones", "missiles", "attack drones", "cruise missiles",
              "S-300 missiles", "guided bombs", "Lancet drones", "Шахед drones", "Х-101 missiles"]
UA_WEAPONS = ["Ukrainian drones", "ATACMS missiles", "Storm Shadow missiles", "HIMARS rockets", "Neptune missiles",
              "Vampire rockets", "HARM missiles", "Hammer guided bombs", "naval drones", "drones", "rockets", "Vilkha rockets"]
UA_PLACES = ["the Kyiv region", "the Odesa region", "Kharkiv", "the Dnipropetrovsk region", "Zaporizhzhia", "the Sumy region",
             "Lviv", "the Chernihiv region", "the Mykolaiv region", "Kyiv"]
RU_PLACES = ["the Belgorod region", "the Kursk region", "the Bryansk region", "Crimea", "the Black Sea", "the Rostov region",
             "the Voronezh region", "the Oryol region", "the Moscow region", "Sevastopol"]
WHEN = ["overnight", "on Monday", "on Tuesday", "early on Wednesday", "last night", "on Saturday morning", "yesterday", ""]
VERBS_INTERCEPT = ["shot down", "destroyed", "intercepted", "downed", "neutralised"]

FILLER = [
    "The United States announced a new military aid package that includes air defence interceptors and artillery shells.",
    "Analysts say the Kinzhal can fly at several times the speed of sound, which makes it hard to intercept.",
    "Since the start of the full-scale invasion, Russia has launched thousands of drones at Ukrainian cities.",
    "Officials said a school and several apartment blocks were damaged, and emergency crews worked through the night.",
    "Diplomats met in Geneva on Thursday to discuss a possible exchange of prisoners.",
    "Power was restored to most homes by the afternoon, the regional energy company said.",
    "The claims could not be independently verified.",
    "Germany has pledged to deliver more IRIS-T launchers before the end of the year.",
    "Residents spent the night in shelters and metro stations as sirens sounded across the capital.",
    "Last year, Ukrainian forces used Storm Shadow missiles to strike the headquarters of the Black Sea Fleet.",
    "The Patriot system is capable of intercepting ballistic missiles such as the Iskander.",
    "Prices for fuel rose sharply in the region after the strike on the depot, local media reported.",
    "Drone attacks on refineries have become more frequent in recent months, according to analysts.",
    "The Kremlin declined to comment on the reports.",
    "Both sides accuse each other of targeting civilian infrastructure.",
]


def count_phrase(rng):
    roll = rng.random()
    n = rng.randrange(2, 60)
    if roll < 0.35:
        return str(n), n
    if roll < 0.55:
        return rng.choice(NUMBER_WORDS), None
    if roll < 0.70:
        launched = n + rng.randrange(1, 10)
        return f"{n} of {launched}", n
    if roll < 0.80:
        return f"at least {n}", None
    if roll < 0.87:
        return f"more than {n}", None
    if roll < 0.93:
        return f"between {n} and {n + 5}", None
    return rng.choice(["several", "dozens of", "a dozen", "two"]), None


def claim_sentence(rng):
    if rng.random() < 0.5:
        claimant, weapons, places = rng.choice(UA_CLAIMANTS), RU_WEAPONS, UA_PLACES
    else:
        claimant, weapons, places = rng.choice(RU_CLAIMANTS), UA_WEAPONS, RU_PLACES
    count, _ = count_phrase(rng)
    weapon = rng.choice(weapons)
    place = rng.choice(places)
    when = rng.choice(WHEN)
    verb = rng.choice(VERBS_INTERCEPT)
    template = rng.randrange(8)
    if template == 0:
        return f"{claimant[0].upper() + claimant[1:]} said air defences {verb} {count} {weapon} over {place} {when}.".replace(" .", ".")
    if template == 1:
        return f"{count[0].upper() + count[1:]} {weapon} were {verb} over {place} {when}, {claimant} said.".replace(" ,", ",")
    if template == 2:
        second, _ = count_phrase(rng)
        return (f"According to {claimant}, {count} {weapon} and {second} {rng.choice(weapons)} were {verb} "
                f"{when} over {place}.").replace("  ", " ")
    if template == 3:
        return f"{claimant[0].upper() + claimant[1:]} said {count} {weapon} struck an industrial site in {place} {when}.".replace(" .", ".")
    if template == 4:
        other = rng.choice(places)
        return (f"{claimant[0].upper() + claimant[1:]} reported that {count} {weapon} were {verb} over {place} and "
                f"{rng.randrange(2, 9)} over {other}.")
    if template == 5:
        return f"Russia launched {count} {rng.choice(RU_WEAPONS)} at Ukraine {when}, {rng.choice(UA_CLAIMANTS)} said.".replace(" ,", ",")
    if template == 6:
        return f"It added that another {rng.choice(['drone', 'missile'])} was {verb} near {place}."
    return f"A {rng.choice(['Ukrainian', 'Russian'])} missile hit an apartment building in {place}, {claimant} said."


def article(rng):
    paragraphs = []
    for _ in range(rng.randrange(4, 9)):
        sentences = []
        for _ in range(rng.randrange(1, 4)):
            sentences.append(claim_sentence(rng) if rng.random() < 0.35 else rng.choice(FILLER))
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=float, default=8)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    target = int(args.megabytes * 1024 * 1024)
    written = 0
    out = sys.stdout
    while written < target:
        text = article(rng) + "\n\n\n"
        data = text.encode("utf-8")
        if written + len(data) > target:
            break
        out.write(text)
        written += len(data)


if __name__ == "__main__":
    main()
