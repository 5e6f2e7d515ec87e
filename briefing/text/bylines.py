"""Bylines: the lines and prefixes that say who wrote an article, not what it says.

`ingest` moves them out of the body near its top and bottom; `summary` never takes one for a key
sentence wherever it stands (an agency's feed can leave one mid-text).
"""

from __future__ import annotations

import re

from ..lexicon.news import (
    BYLINE_CREDITS,
    BYLINE_NOTES,
    BYLINE_ROLES,
    BYLINE_TRAILERS,
    NEWSROOM_RANKS,
    STORY_KIND_TAGS,
)

_NAME = r"[가-힣]{2,4}"
#: What outlets type between two names of a byline: a middle dot of any of its codes (`·`, `ㆍ`, `・`, `∙`,
#: `‧`) or a comma.
_SEP = r"[·ㆍ・∙‧,]"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# `[서울=뉴시스]홍길동 기자 =` / `(서울=연합뉴스) 홍길동 기자 =` / `[스포츠서울 | 홍길동기자]` prefixes, and an
# agency's several reporters (`(고양=뉴스1) 서미선 임윤지 이정환 기자 =`, `홍길동·김철수 기자 =`).
BYLINE_PREFIX = re.compile(
    rf"^\s*(?:[\[(【][^\]\)】\n]{{1,40}}[\]\)】]\s*)?(?:{_NAME}(?:\s*{_SEP}\s*{_NAME}|\s+{_NAME})*\s*(?:기자|특파원|통신원)"
    rf"(?:\s*{_EMAIL})?\s*=\s*)"
)
# A bracketed byline before the lead: `[스포츠서울 | 홍길동기자]`, `[한국경제 홍길동 기자]`,
# `[워싱턴=홍길동 특파원]`, `[화성=한빛일보 윤도현 기자]` (place, then outlet), `[피닉스(미국) =홍길동
# 한빛스포츠 특파원]` (the outlet after the name); `(서울=뉴스1) 홍길동 기자 …` is `BYLINE_PREFIX`'s.
BRACKET_BYLINE = re.compile(
    rf"^\s*[\[【]\s*(?:[^\]】\n|=]{{1,30}}?\s*[|=]?\s*)?(?:[^\s\]】|=]{{2,12}}\s+(?={_NAME}\s*(?:기자|특파원)))?"
    rf"(?:[가-힣]{{1,8}}\s*=\s*)?{_NAME}(?:\s*{_SEP}\s*{_NAME})*\s*"
    rf"(?:[^\s\]】|=]{{2,12}}\s+(?=특파원|기자))?"
    rf"(?:기자|특파원|통신원|객원기자|인턴기자)(?:\s*(?:[/|]\s*)?{_EMAIL})?\s*[\]】]\s*"
)
# A byline in parentheses before the lead, with no `=` after it: `(엑스포츠뉴스 이정범 기자) `, `(엑스포츠뉴스
# 수원, 최원영 기자) ` (a place before the name), `(한빛스포츠 이솔 기자) `, `(지디넷코리아=유효정 중국
# 전문기자)` (a desk before the role); `(서울=연합뉴스) 홍길동 기자 =` is `BYLINE_PREFIX`'s.
PAREN_BYLINE = re.compile(
    rf"^\s*\(\s*(?:[^()\n=,|\s]{{2,20}}\s*[=|]?\s*)?(?:[가-힣]{{1,8}}\s*[,=]\s*)?{_NAME}(?:\s*{_SEP}\s*{_NAME})*"
    rf"(?:\s+[가-힣]{{1,6}})?\s*[가-힣]{{0,4}}(?:기자|특파원|통신원)\s*\)\s*"
)
# An outlet's tag opening the lead paragraph: `[서울경제] 한결그룹이 …`, `【뉴스핌】…` (a kind of story,
# `[단독]`, `[인터뷰]`, is the article's own word and stays).
OUTLET_TAG = re.compile(
    rf"^\s*[\[【]\s*(?!(?:{'|'.join(STORY_KIND_TAGS)})\s*[\]】])[가-힣A-Za-z0-9]{{2,10}}\s*[\]】]\s*"
    r"(?=\S[^\n]*[.!?][”\"’']?\s*$)")
# A web page's time stamps after the byline: `| 입력 2026.07.25 14:02 | 수정 …`.
_STAMPS = r"(?:[|│ㅣ]?\s*(?:기사)?(?:입력|수정|승인|등록|업데이트)\s*:?\s*[\d.\-/: ]{8,20}\s*)*"
_ROLE = rf"(?:[가-힣]{{0,6}}기자|{'|'.join(BYLINE_ROLES)}|[가-힣]{{1,6}}부\s*(?:{'|'.join(NEWSROOM_RANKS)}))"
# Whole lines that are only a byline: `최호 기자 x@y.com`, `이성훈 x@y.net`, `홍길동 기자`, `글·사진=…`,
# `/문지호 기자`, `정리=홍유나 기자`, `임채원 의학전문기자`, `한지우 사회부 차장`, `배준서 기자(외신종합)`,
# and with the outlet before the name when a role or an e-mail follows it (`한빛신문 송예린 기자`, `/한빛경제 유승아
# 기자`, `YTN 이승윤 (risungyoon@ytn.co.kr)`).
_BYLINE_LINE = re.compile(
    rf"^\s*/?\s*(?:[\[(]?[^\s\]\)]{{0,20}}[\])]\s*)?(?:(?:{'|'.join(BYLINE_CREDITS)})\s*[·=]\s*)*"
    rf"(?:[가-힣]{{1,8}}\s*=\s*)?"  # a dateline place: `거제=안도훈 기자`
    rf"(?:[가-힣A-Za-z0-9]{{2,12}}\s+(?={_NAME}\s*(?:[가-힣]{{0,6}}(?:기자|특파원)|\(?{_EMAIL})))?"
    rf"{_NAME}(?:\s*{_SEP}\s*{_NAME})*\s*(?:{_ROLE}\s*)?"
    rf"(?:(?:[/|]\s*)?\(?{_EMAIL}\)?)?\s*(?:[(,]\s*(?:{'|'.join(BYLINE_NOTES)})\s*\)?)?\s*"
    rf"{_STAMPS}\s*$"
)
#: A byline after a slash at the end of the last sentence, no line break between (`…덧붙였다./배종석ㆍ최남석 기자`).
_GLUED_BYLINE = re.compile(
    rf"(?<=[.!?”\"’'])\s*/\s*{_NAME}(?:\s*{_SEP}\s*{_NAME})*\s*(?:[가-힣]{{0,6}}기자|특파원)(?:\s*\(?{_EMAIL}\)?)?\s*$")
_LEADING_STAMP = re.compile(r"^(?:(?:기사)?(?:입력|수정|승인|등록|업데이트)\s*:?\s*[\d.\-/: ]{8,20}\s*[|│ㅣ]\s*)+")
_PLACE_PREFIX = re.compile(r"^[가-힣]{1,8}\s*[=/]\s*(?=(?:글|사진|영상)|[가-힣]{2,4}\s*(?:기자|특파원))")
_CREDIT = rf"(?:(?:{'|'.join(BYLINE_CREDITS)})(?:\s*{_SEP}\s*(?:{'|'.join(BYLINE_CREDITS)}))*\s*[=:]?\s*)?{_NAME}\s*(?:{_ROLE}|작가)"
_CREDIT_LIST = re.compile(rf"^{_CREDIT}(?:\s*[·,/|]\s*{_CREDIT})*(?:\s*\(?{_EMAIL}\)?)?\s*$")
_BYLINE_MARKER = re.compile(rf"{_ROLE}|{_EMAIL}")
#: A photo credit after a bar or a slash, to the end of the line (`| 사진캡쳐 MBC`, `/ 사진=이도윤 기자`).
_PHOTO_TAIL = r"\s*[|/]\s*사진(?:캡쳐|캡처|제공|출처)?(?:\s*[=:]\s*|\s+)\S[^|/\n]{0,30}$"
#: A name, the outlet maybe before it, with the photo credit after it (`iMBC연예 홍연하 | 사진캡쳐 MBC`,
#: `한빛연예 김하람 / 사진=이도윤 기자`): the credit marks the line as a byline where no role does.
_NAME_THEN_PHOTO = re.compile(rf"^\s*(?:[가-힣A-Za-z0-9]{{2,12}}\s+)?{_NAME}(?:\s*{_SEP}\s*{_NAME})*{_PHOTO_TAIL}")
_PHOTO_CREDIT_TAIL = re.compile(_PHOTO_TAIL)
#: A broadcast's crew credits (`[영상취재 구본준 황현우 정상원 / 영상편집 김영석 / 영상디자인 조영익]`,
#: `영상취재: 김하늘, 영상편집: 박도윤`): each a crew role and the names under it.
_CREW_ROLE = r"(?:영상취재|영상편집|영상디자인|촬영기자|그래픽|영상|사진|촬영|편집|취재|디자인|구성|CG)"
_CREW_LINE = re.compile(
    rf"^\s*[\[(]?\s*(?:{_CREW_ROLE}\s*[:=]?\s*{_NAME}(?:\s*{_SEP}?\s+{_NAME})*\s*(?:[/|,]\s*)?)+[\])]?\s*$")
_CREW_EVIDENCE = re.compile(r"영상(?:취재|편집|디자인)|촬영기자|그래픽")
_EMAIL_ONLY = re.compile(rf"^\s*\(?{_EMAIL}\)?\s*$")
CAPTION = re.compile(r"^\s*[\[(<]?\s*(?:사진|자료|그래픽|영상)\s*[=:]\s*[^\n]{0,40}$")
#: A label alone on its line, once or more: an outlet's or a programme's (`[동아닷컴]`, `[앵커]`, `(인터뷰)`).
_LABEL_LINE = re.compile(r"^(?:\s*[\[【(<〈][^\]】)>〉\n]{1,20}[\]】)>〉])+\s*$")
#: What every byline line has somewhere (a role or rank, `작가` of a credit, an e-mail's `@`, a
#: trailer): a line with none of them is no byline, and the patterns above need not be tried.
_BYLINE_EVIDENCE = re.compile("|".join(map(re.escape, (*BYLINE_ROLES, *NEWSROOM_RANKS, "작가", "@", *BYLINE_TRAILERS))))


def is_label_line(line: str) -> bool:
    """Whether a whole line is only a label in brackets (`[동아닷컴]`, `[앵커]`): no headline, and
    nothing to head a page with."""
    return _LABEL_LINE.match(line) is not None


def is_byline_line(line: str) -> bool:
    """Whether a whole line is only a byline (name, role, e-mail, credits, time stamps), also in
    brackets or with a full stop (`(홍길동 기자)`, `홍길동 기자.`)."""
    stripped = line.strip()
    if stripped and len(stripped) <= 120 and _CREW_EVIDENCE.search(stripped) and _CREW_LINE.match(stripped) \
            and not stripped.rstrip(".").endswith(("다", "요")):
        return True  # `[영상취재 구본준 황현우 정상원 / 영상편집 김영석]`: a broadcast's crew
    if stripped and len(stripped) <= 80 and _NAME_THEN_PHOTO.match(stripped):
        return True
    if not stripped or len(stripped) > 80 or not _BYLINE_EVIDENCE.search(stripped):
        return False
    stripped = stripped.removesuffix(".")
    whole = BRACKET_BYLINE.match(stripped)
    if whole and whole.end() >= len(stripped):
        return True  # `[대전=스포츠한빛 오한결 기자]` on a line of its own
    if len(stripped) > 2 and stripped[0] in "([" and stripped[-1] in ")]" and "=" not in stripped:
        stripped = stripped[1:-1].strip()
    stripped = _PLACE_PREFIX.sub("", stripped, count=1)  # `포천=글·사진 주아람 기자`
    stripped = _LEADING_STAMP.sub("", stripped, count=1)  # `입력 2026.07.02 15:40 | 변지환 기자`
    if _CREDIT_LIST.match(stripped):
        return True  # `글 백아린 기자 · 사진 정도운 기자`
    if _EMAIL_ONLY.match(stripped) or any(t in stripped for t in BYLINE_TRAILERS):
        return True
    if _BYLINE_LINE.match(stripped):
        has_marker = _BYLINE_MARKER.search(stripped)
        return bool(has_marker)
    return False


def strip_byline(body: str) -> tuple[str, str | None]:
    """Remove byline lines and byline prefixes near the top and at the bottom of the body.

    Returns (body, byline). At the top, a byline may sit under a headline line (`제목\n홍길동 기자`),
    so the first three non-empty lines are examined; at the bottom, up to the last five, while each is one. Lines in the
    middle of the article are left alone: a name followed by `기자` inside a paragraph is prose.
    """
    lines = body.split("\n")
    found: list[str] = []
    non_empty = [i for i, line in enumerate(lines) if line.strip()]

    def take(i: int) -> bool:
        line = lines[i]
        if is_byline_line(line) or CAPTION.match(line):
            found.append(line.strip())
            lines[i] = ""
            return True
        for pattern in (BYLINE_PREFIX, BRACKET_BYLINE, PAREN_BYLINE):
            match = pattern.match(line)
            if match and match.end() < len(line):
                found.append(line[: match.end()].strip())
                lines[i] = line[match.end():]
                return True
        tag = OUTLET_TAG.match(line)
        if tag:
            lines[i] = line[tag.end():]  # `[서울경제] 한결그룹이 …`: the outlet's tag, not the lead's words
            return True
        return False

    for i in non_empty[:3]:
        take(i)
    for i in reversed(non_empty[-5:]):
        if lines[i].strip() and not take(i):
            glued = _GLUED_BYLINE.search(lines[i])
            if glued:  # `…고 덧붙였다./배종석ㆍ최남석 기자`: the byline glued to the last sentence
                found.append(glued.group(0).strip())
                lines[i] = lines[i][: glued.start()]
            break
    text = "\n".join(lines).strip("\n")
    return text, (" / ".join(found) if found else None)


_REPORTER = re.compile(rf"({_NAME})\s*(?:[가-힣]{{0,6}}기자|특파원|통신원)")
#: A reporter named inside a copyright notice: a whole name, a space, the role (`김원익 기자 ⓒ …`; not
#: `오마이뉴스(시민기자)`).
_NAMED_REPORTER = re.compile(rf"(?<![가-힣]){_NAME}\s+(?:기자|특파원|통신원)")
_TRAILER = re.compile("|".join(map(re.escape, BYLINE_TRAILERS)))


def reporters_named(byline: str | None) -> frozenset[str]:
    """The names a byline credits as reporters (`안산=박종민 기자 mini@…` → 박종민), maybe with words
    that are no names among them (`촬영기자`: 촬영); the caller keeps those of a name's shape."""
    return frozenset(m.group(1) for m in _CREDITED.finditer(byline or ""))


#: A reporter's name in a credit: right before the role, or with the outlet between (`김선영 마니아타임즈 기자`).
_CREDITED = re.compile(rf"(?<![가-힣])({_NAME})\s*(?:[가-힣A-Za-z]{{2,12}}\s+)?(?:기자|특파원|통신원)")


def credit_line(byline: str | None) -> str | None:
    """The byline as a reader sees it under the headline: the reporters' credits, each once. What
    `strip_byline` moved out of the body also holds copyright notices (`[ⓒ MK스포츠, 무단전재 및 재배포
    금지]`), photo credits (`사진 = KBL 제공`, `사진=수원, 최원영 기자 / KOVO`) and the same reporter twice
    (`[스포츠조선 노재형 기자] / 노재형 기자 jhno@…`, the top and the bottom of one article): a notice keeps
    only a reporter it names, a photo credit goes (with a piece after it that names no one), a piece
    naming only reporters already credited goes, and an e-mail address alone joins the credit before it."""
    if not byline:
        return None
    shown: list[str] = []
    credited: set[str] = set()
    after_caption = False
    for piece in (p.strip() for p in byline.split(" / ")):
        if not piece:
            continue
        piece = _PHOTO_CREDIT_TAIL.sub("", piece)  # `iMBC연예 홍연하 | 사진캡쳐 MBC`: the credit, not the photo's
        if not piece or CAPTION.match(piece) or (after_caption and not _BYLINE_EVIDENCE.search(piece)):
            after_caption = True
            continue
        after_caption = False
        if _TRAILER.search(piece):
            piece = " ".join(m.group(0) for m in _NAMED_REPORTER.finditer(piece))
            if not piece:
                continue
        if _EMAIL_ONLY.match(piece) and shown:
            shown[-1] += " " + piece
            continue
        names = {m.group(1) for m in _REPORTER.finditer(piece)}
        if names and names <= credited:
            continue
        credited |= names
        shown.append(piece)
    return " / ".join(shown) or None
