"""Lists of people. Foreign names in a list of people: `리키 파울러, 콜리 모리카와, 패트릭 캔틀레이, 윈덤 클락 등이`.

A golf field, a squad, a shortlist: stories list foreign players by their full names, comma after
comma. The passes before find some of them (a name the model knows, a common given name) and miss
the rest, whose words are in no table (`윈덤`, `흐비차`). A list tells what its items are: when one
item is a person the passes found under a name of two words or more, and at least half its items
are people found, its other items written the same way (two or three words of a transliteration,
nothing else) are people too. A list of one person and two teams (`리키 파울러, 토론토 블루제이스,
미네소타 트윈스`) is no list of people.

An item ends at a comma, a list separator or `와`/`과` (`coordinating particle`), the list at the
first item that ends otherwise (`를`) or at `등` after an item (`윈덤 클락 등이`). An item is taken
only when every word of it
- stands outside every mention and has no particle inside the item (only its last word may),
- is a noun Kiwi calls proper or did not know, or a word of a transliteration's shape,
- and the item is no body or place (the gazetteer, a body's ending, a place's name, a team's nickname).

A list also says something of all its people at once: `(이상 맨체스터 시티)` after its last name ("all
of the above") is the body of every one of them (`share_list_posts`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..entities.model import gazetteer
from ..lexicon.grammar import COORDINATING_PARTICLES
from ..lexicon.people import LIST_SCOPE
from ..lexicon.places import COUNTRY_SHORT_NAMES, PLACES
from ..models import Participant
from .cast import Cast, add_mention, find_person
from .introductions import read_paren
from .names import HANGUL_WORD, Word, looks_transliterated, strong_org

#: A word that closes a list after its last item (`…, 윈덤 클락 등이`).
_LIST_CLOSERS = frozenset(["등", "등등"])
#: Words in an item of a list of foreign names: a given name and a family name, or three with a
#: middle name or particle (`케빈 더 브라위너`).
_ITEM_WORDS = (2, 3)


def find_listed_names(cast: Cast, per_sentence: Sequence[list[Word]]) -> None:
    """Add, as people, the unfound items of every list of people (module docstring)."""
    people_at = {m.start: m.end for m in cast.mentions if m.kind == "person" and m.key >= 0
                 and cast.people[m.key].kind == "person"}
    if not people_at:
        return
    for words in per_sentence:
        for items in _lists(words):
            known = [item for item in items if _is_known(item, people_at)]
            if 2 * len(known) < len(items) or not any(len(item) >= 2 for item in known):
                continue  # a list of people, mostly: `리키 파울러, 토론토 블루제이스, 미네소타 트윈스` is not
            for item in items:
                if _a_name(item, cast):
                    _add(cast, item)


def _lists(words: list[Word]) -> list[list[list[Word]]]:
    """The lists of the sentence, two items or more each; an item is the words up to one that ends
    an item (`_ends_item`) or any other noun phrase."""
    lists: list[list[list[Word]]] = []
    current: list[list[Word]] = []
    item: list[Word] = []
    for w in words:
        if w.base in _LIST_CLOSERS and item and current:
            current.append(item)  # `…, 윈덤 클락 등이`: the last item, closed by `등`
            lists.append(current)
            current, item = [], []
            continue
        item.append(w)
        if not w.boundary:
            continue
        current.append(item)
        item = []
        if not _ends_item(w):
            if len(current) >= 2:
                lists.append(current)
            current = []
    if len(current) >= 2:
        lists.append(current)
    return lists


def share_list_posts(cast: Cast, per_sentence: Sequence[list[Word]]) -> None:
    """`후벵 디아스, 요슈코 그바르디올(이상 맨체스터 시티)`: a parenthesis opened by `이상` ("all of the
    above") after the last name of a list gives its body and title to every person listed who lacks
    one. Only in a list whose every item is a person found."""
    key_at = {m.start: m.key for m in cast.mentions if m.kind == "person" and m.key >= 0
              and cast.people[m.key].kind == "person"}
    if not key_at:
        return
    for words in per_sentence:
        if not any(w.paren and LIST_SCOPE in w.paren for w in words):
            continue  # (most sentences: no `이상` in a parenthesis, no list to read)
        for items in _lists(words):
            paren = items[-1][-1].paren
            shared = read_paren(paren) if paren else None
            keys = [key_at.get(item[0].start) for item in items]
            if shared is None or not shared.shared or None in keys or len(set(keys)) < len(keys):
                continue
            for key in keys:
                if key is not None:
                    person = cast.people[key]
                    person.organization = person.organization or shared.org
                    person.title = person.title or shared.title


def _ends_item(word: Word) -> bool:
    """A comma or list separator, or `와`/`과`, after the word, and no other ending: the list goes on."""
    if word.verbal or word.glued:
        return False
    return (word.comma and not word.particle) or word.particle in COORDINATING_PARTICLES


def _is_known(item: list[Word], people_at: dict[int, int]) -> bool:
    """The item is the mention of a person found."""
    return people_at.get(item[0].start, -1) >= item[-1].start


def _a_name(item: list[Word], cast: Cast) -> bool:
    """The item is written like a foreign name (module docstring)."""
    if len(item) not in _ITEM_WORDS or any(w.used or w.paren and w is not item[-1] for w in item):
        return False
    forms = gazetteer()
    name = " ".join(w.base for w in item)
    if forms.get(name) in ("ORG", "LOC", "OTH", "TTL") or forms.get(item[0].base) in ("ORG", "LOC"):
        return False
    for w in item:
        if not HANGUL_WORD.match(w.base) or w.base in PLACES or w.base in COUNTRY_SHORT_NAMES \
                or strong_org(w, cast.aliases) or w.common_noun:
            return False
        if not ("NNP" in w.tags or looks_transliterated(w.base)) or any(not t.startswith("NN") for t in w.tags):
            return False
    return True


def _add(cast: Cast, item: list[Word]) -> None:
    name = " ".join(w.base for w in item)
    key = find_person(cast, name)
    if key is None:
        key = cast.add(Participant(name=name, first_offset=item[0].start))
    add_mention(cast, key, item)
