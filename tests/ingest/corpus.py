"""A small news corpus with the shapes that make event counts wrong: one clash reported by two
outlets in their own words, wire copies re-published by a third outlet under another URL and
byline, and unrelated stories. Written for these tests; the events are invented.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

# attacker (adjective), victim (adjective), victim's capital, a town near the front line
PAIRS = [
    ("Armenian", "Azerbaijani", "Baku", "Sotk"),
    ("Russian", "Ukrainian", "Kyiv", "Avdiivka"),
    ("Israeli", "Lebanese", "Beirut", "Naqoura"),
    ("Indian", "Pakistani", "Islamabad", "Kotli"),
    ("Turkish", "Syrian", "Damascus", "Afrin"),
    ("Saudi", "Yemeni", "Sanaa", "Saada"),
    ("Ethiopian", "Eritrean", "Asmara", "Badme"),
    ("Sudanese", "Chadian", "N'Djamena", "Adre"),
    ("Azerbaijani", "Armenian", "Yerevan", "Tegh"),
    ("Ukrainian", "Russian", "Moscow", "Belgorod"),
    ("Lebanese", "Israeli", "Jerusalem", "Metula"),
    ("Pakistani", "Indian", "New Delhi", "Uri"),
    ("Syrian", "Turkish", "Ankara", "Akcakale"),
    ("Yemeni", "Saudi", "Riyadh", "Jizan"),
    ("Eritrean", "Ethiopian", "Addis Ababa", "Zalambessa"),
    ("Chadian", "Sudanese", "Khartoum", "Geneina"),
]
BACKGROUND = [
    "The two countries have traded accusations over the disputed frontier for years, and a truce "
    "agreed last spring has been broken many times since.",
    "Diplomats from several neighbouring states urged both sides to show restraint and return to "
    "talks that stalled over the winter.",
    "Monitors from a regional security body have reported dozens of violations along the line of "
    "contact since January, most of them at night.",
    "Neither government has allowed independent journalists into the area, and casualty figures "
    "could not be verified.",
]
# other stories, one outlet each: (city, text)
PROTESTS = [
    ("Tbilisi", "Thousands of people protested in Tbilisi on {day} against a new media law that critics "
                "say would silence independent newspapers."),
    ("Minsk", "Police detained forty protesters in Minsk on {day}, a rights group said, as crowds gathered "
              "outside the central railway station for a second night."),
    ("Yerevan", "Hundreds of students marched through Yerevan on {day} to demand the resignation of the "
                "education minister over rising university fees."),
    ("Nairobi", "Kenyan police fired tear gas at demonstrators in Nairobi on {day} as protests over "
                "fuel prices spread to several districts of the capital."),
]
# what else each outlet wrote: one line per clash, so no two clashes' stories read alike
DETAILS = [
    "Rescue workers searched damaged houses until late in the evening, and the local hospital asked for blood donors.",
    "A school and a grain store were hit, and the mayor ordered shelters to stay open through the weekend.",
    "Power lines were cut across the district, leaving some twelve thousand homes without electricity overnight.",
    "Farmers said they had abandoned fields near the road after shells landed close to a water pumping station.",
    "The regional governor visited the wounded and promised compensation to families whose homes were destroyed.",
    "Aid groups said a convoy carrying medicine had been forced to turn back at a checkpoint outside the town.",
    "Television footage showed smoke rising over the market square while sirens sounded for almost an hour.",
    "Two ambulances were damaged as they tried to reach the injured, according to the local branch of the Red Crescent.",
]
WITNESSES = [
    "Witnesses described a barrage lasting nearly an hour before dawn, and several families left for nearby towns.",
    "A shopkeeper said the first shell struck a bakery moments after it opened, and the street was soon full of glass.",
    "Residents spent the night in basements, a teacher told reporters by telephone, and many children were too scared to sleep.",
    "Local radio said a bridge on the main road had been damaged, cutting the quickest route to the provincial capital.",
    "A nurse at the district clinic said eleven people were treated for wounds, most of them from flying debris.",
    "Photographs shared by residents showed a collapsed roof and a burned-out car outside the post office.",
    "An elderly farmer said he had never seen such heavy fire in forty years of living beside the border.",
    "The town council said at least thirty buildings were damaged and asked the government for emergency shelter.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass(frozen=True)
class Clash:
    """One invented clash: who shelled which town, and when."""

    attacker: str
    victim: str
    capital: str
    town: str
    day: date
    n: int = 0  # which details the outlets add

    @property
    def published(self) -> str:
        return (self.day + timedelta(days=1)).isoformat()

    @property
    def weekday(self) -> str:
        return WEEKDAYS[self.day.weekday()]

    def first_outlet(self, byline: str = "By Mara Quill") -> str:
        return (f"{self.attacker} forces shelled the village of {self.town} on {self.weekday}, killing two "
                f"civilians, the defence ministry in {self.capital} said.\n\n{byline}\n\n"
                f"{DETAILS[(3 * self.n + self.n // 8) % len(DETAILS)]} Officials in {self.town} said the shelling was the "
                f"heaviest since the truce.\n\n{BACKGROUND[self.n // 8 % 2 * 2]}\n\n"
                f"Read more: Grain prices climb after a dry summer")

    def second_outlet(self) -> str:
        return (f"Two civilians died on {self.weekday} when {self.attacker} troops fired artillery at "
                f"{self.town}, {self.victim} officials said.\n\n{WITNESSES[(3 * self.n + 2 * (self.n // 8)) % len(WITNESSES)]} "
                f"{WITNESSES[(3 * self.n + 5 * (self.n // 8) + 1) % len(WITNESSES)]}\n\n{BACKGROUND[self.n // 8 % 2 * 2 + 1]}")

    def wire_copy(self) -> str:
        """The first outlet's story as a third outlet re-publishes it: another byline, another
        footer, one word changed."""
        text = self.first_outlet(byline="By Staff Reporter | Syndicated")
        text = text.replace("Read more: Grain prices climb after a dry summer",
                            "Follow us on social media for more world news")
        return text.replace("heaviest since the truce", "heaviest since the truce was agreed")


def clashes(n: int = len(PAIRS)) -> list[Clash]:
    start = date(2021, 3, 1)
    return [Clash(*PAIRS[i % len(PAIRS)], start + timedelta(days=5 * i), i) for i in range(n)]


def records(n_clashes: int = 8, copies: bool = True, protests: int = 4) -> list[dict]:
    """JSON-lines records: each clash from two outlets (plus a wire copy of every other one),
    then single-outlet protest stories; article ids say which is which."""
    out = []
    for i, c in enumerate(clashes(n_clashes)):
        slug = f"{c.town.lower()}-{c.day.isoformat()}"
        out.append({"id": f"a-{slug}", "url": f"https://www.courier.example/world/{slug}",
                    "title": f"{c.attacker} shelling kills two in {c.town}", "date": c.published,
                    "text": c.first_outlet()})
        out.append({"id": f"b-{slug}", "url": f"https://dispatch.example/{slug}.html",
                    "title": f"Two civilians killed in {c.town}", "date": c.published, "text": c.second_outlet()})
        if copies and i % 2 == 0:
            out.append({"id": f"copy-{slug}", "url": f"https://syndicate.example/wire/{i}",
                        "title": f"Shelling of {c.town} kills two civilians", "date": c.published,
                        "text": c.wire_copy()})
    for i in range(protests):
        city, text = PROTESTS[i % len(PROTESTS)]
        day = date(2021, 4, 1) + timedelta(days=3 * i)
        out.append({"id": f"protest-{i}", "url": f"https://local{i}.example/{city.lower()}",
                    "date": (day + timedelta(days=1)).isoformat(),
                    "text": text.format(day=WEEKDAYS[day.weekday()]) + "\n\n" + BACKGROUND[i % 2]})
    return out


def write_jsonl(path: Path, rows: list[dict], extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in rows] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
