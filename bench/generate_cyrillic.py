#!/usr/bin/env python3
"""Deterministic synthetic Ukrainian and Russian report text for the extraction benchmark.

Usage: generate_cyrillic.py [--megabytes N] [--seed S] > reports.txt

Writes report-like paragraphs from templates written for this project in the shapes of the
Air Force's overnight reports, regional administrations and the Russian Defence Ministry's
statements: "збито N із M", per-system lines, per-region lists, counts in number words and
with case endings, and sentences without claims. Half Ukrainian, half Russian. The same size
and seed always give the same bytes.
"""
import argparse
import random
import sys

UK_NUMBERS = ["дві", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять", "десять", "дванадцять", "двадцять п'ять"]
RU_NUMBERS = ["две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять", "двенадцать", "тридцать четыре"]
UK_MONTHS = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"]
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
UK_WEAPONS = ["ударних БпЛА типу Shahed", "крилатих ракет Х-101", "ракет «Калібр»", "балістичних ракет Іскандер-М", "безпілотників",
              "керованих авіаційних ракет Х-59", "дронів-імітаторів"]
RU_WEAPONS = ["украинских беспилотных летательных аппаратов", "БПЛА самолетного типа", "реактивных снарядов HIMARS",
              "управляемых авиационных бомб", "ракет ATACMS", "крылатых ракет Storm Shadow", "противорадиолокационных ракет HARM"]
UK_REGIONS = ["Київщиною", "Одещиною", "Харківщиною", "Дніпропетровщиною", "Сумщиною", "Миколаївщиною", "Полтавщиною"]
RU_REGIONS = ["Белгородской областью", "Курской областью", "Брянской областью", "Воронежской областью",
              "Республикой Крым", "акваторией Черного моря", "Московской областью"]
UK_FILLER = [
    "Повітряний напад відбивали авіація, зенітні ракетні війська, підрозділи РЕБ та мобільні вогневі групи.",
    "Унаслідок атаки пошкоджено приватні будинки та лінію електропередачі, на місці працюють рятувальники.",
    "Партнери оголосили новий пакет допомоги, до якого увійдуть засоби протиповітряної оборони.",
    "Дальність цієї ракети, за даними виробника, перевищує 300 кілометрів.",
    "Від початку повномасштабного вторгнення ворог випустив по Україні тисячі ракет і дронів.",
]
RU_FILLER = [
    "В результате падения обломков повреждены несколько частных домов, пострадавших нет.",
    "Ранее в ведомстве сообщали о подготовке новых систем противовоздушной обороны.",
    "По словам экспертов, дальность этой ракеты составляет около 300 километров.",
    "Губернатор призвал жителей не подходить к обломкам и сообщать о них в экстренные службы.",
    "Аэропорты Внуково и Домодедово временно приостанавливали прием и выпуск рейсов.",
]


def uk_report(rng):
    day, month = rng.randint(1, 28), rng.choice(UK_MONTHS)
    launched = rng.randint(20, 120)
    downed = rng.randint(10, launched)
    lines = [f"У ніч на {day} {month} противник атакував Україну {launched}-ма ударними БпЛА типу Shahed і дронами-імітаторами.",
             f"За попередніми даними, протиповітряною обороною збито/подавлено {downed} ворожих безпілотників.",
             "Про це повідомили в Повітряних силах ЗСУ."]
    for _ in range(rng.randint(1, 3)):
        total = rng.randint(2, 12)
        lines.append(f"{rng.choice(['Х-101/Х-555', 'Калібр', 'Іскандер-М', 'Х-59/Х-69'])} – {rng.randint(1, total)} з {total};")
    lines.append(f"Зафіксовано влучання {rng.randint(1, 20)} ударних БпЛА на {rng.randint(2, 12)} локаціях.")
    lines.append(f"Над {rng.choice(UK_REGIONS)} сили ППО знищили {rng.choice(UK_NUMBERS)} {rng.choice(UK_WEAPONS)}.")
    lines.append(rng.choice(UK_FILLER))
    return "\n".join(lines)


def ru_report(rng):
    total = rng.randint(6, 60)
    parts, left = [], total
    while left > 0:
        part = min(left, rng.randint(1, 15))
        parts.append(f"{part} БПЛА над {rng.choice(RU_REGIONS)}")
        left -= part
    lines = [f"В течение прошедшей ночи дежурными средствами ПВО перехвачены и уничтожены {total} украинских беспилотных "
             f"летательных аппаратов: {', '.join(parts)}, сообщили в Минобороны России.",
             f"Кроме того, за неделю сбиты {rng.choice(RU_NUMBERS)} {rng.choice(RU_WEAPONS)} и {rng.randint(100, 900)} беспилотников.",
             f"В ночь на {rng.randint(1, 28)} {rng.choice(RU_MONTHS)} над {rng.choice(RU_REGIONS)} уничтожено {rng.choice(RU_NUMBERS)} беспилотников.",
             rng.choice(RU_FILLER)]
    return " ".join(lines)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=float, default=4)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    target = int(args.megabytes * 1024 * 1024)
    written = 0
    out = sys.stdout
    while written < target:
        block = (uk_report(rng) if rng.random() < 0.5 else ru_report(rng)) + "\n\n"
        data = block.encode("utf-8")
        out.buffer.write(data)
        written += len(data)


if __name__ == "__main__":
    main()
