"""Vocabulary the rule modules share: Hindi spelling variants, the reported-speech veto, weekday and month names."""

import re

# --- Devanagari spelling variants -------------------------------------------

_NUKTA = "\u093c"
_PRECOMPOSED_NUKTA = {  # ज़ written as one code point -> its base letter
    "\u0958": "क", "\u0959": "ख", "\u095a": "ग", "\u095b": "ज",
    "\u095c": "ड", "\u095d": "ढ", "\u095e": "फ", "\u095f": "य",
}
_NUKTA_BASES = {base: pre for pre, base in _PRECOMPOSED_NUKTA.items()}


def devanagari(pattern: str) -> str:
    """Let a Hindi pattern match the spellings writers and keyboards mix.

    Each letter that can take a nukta (ज/ज़, फ/फ़, ड/ड़ ...) matches with or
    without it, decomposed or precomposed; ं and ँ match each other; a
    virama may be followed by a zero-width (non-)joiner. Write Hindi
    patterns plainly, outside character classes, and without ``\\b`` next
    to Devanagari (its vowel signs are not ``\\w``, so ``\\b`` misfires).
    """
    out = []
    for ch in pattern:
        ch = _PRECOMPOSED_NUKTA.get(ch, ch)
        if ch == _NUKTA:
            continue  # every nukta letter below already accepts one
        if ch in _NUKTA_BASES:
            out.append(f"(?:{ch}{_NUKTA}?|{_NUKTA_BASES[ch]})")
        elif ch in "\u0901\u0902":
            out.append("[\u0901\u0902]")
        elif ch == "\u094d":
            out.append("\u094d[\u200c\u200d]?")
        else:
            out.append(ch)
    return "".join(out)


# --- reported speech -----------------------------------------------------------

# A banner or a pitch never reports speech. When a line says who said it,
# it is a reporter quoting (often without quotation marks, or with dashes):
# "Join our Telegram channel, the organiser urged." A verb of saying in the
# line (starting within its first 450 characters) vetoes the rule: give a
# RegexRule veto=REPORTED_SPEECH. Words that banners do use ("according to",
# "según", "selon", "laut") are deliberately not in this list.
REPORTED_SPEECH = re.compile(
    r".{0,450}?(\b(said|says|told|tells|admitted|insisted|claimed|argued|explained|urged|recalled|"
    r"warned|alleged|acknowledged|complained|stated|wrote|reads|announced|ruled|concluded|found|"
    # de
    r"sagte|sagten|sagt|erklärte|betonte|rief|warnte|kritisierte|räumte|behauptete|meinte|schrieb|"
    r"so der|so die|hieß es|urteilte|entschied|"
    # fr
    r"a déclaré|a dit|a affirmé|a expliqué|a-t-il|a-t-elle|a souligné|a averti|a dénoncé|a reconnu|"
    r"a estimé|a écrit|a jugé|a conclu|a tranché|lançait|dénonce|déplore|"
    # es
    r"dijo|afirmó|declaró|explicó|aseguró|señaló|denunció|advirtió|criticó|reconoció|admitió|sostuvo|"
    r"escribió|concluyó|dictaminó|repetía|gritaban|"
    # it
    r"ha detto|ha dichiarato|ha spiegato|ha affermato|ha denunciato|ha avvertito|ha ammesso|ha scritto|"
    r"ha sottolineato|ha stabilito|ripeteva|"
    # pt
    r"disse|afirmou|declarou|explicou|denunciou|alertou|admitiu|criticou|escreveu|concluiu|decidiu|pediu|"
    # nl
    r"zei|zegt|verklaarde|waarschuwde|schreef|benadrukte|oordeelde|concludeerde|aldus|riep|"
    # ru
    r"сказал|сказала|сказали|заявил|заявила|заявили|призывал|призывала|призвал|призвала|"
    r"по словам|рассказал|рассказала|отметил|отметила|написал|написала|подчеркнул|подчеркнула|"
    r"признал|признала|предупредил|предупредила|установил|установила|постановил|сообщил|сообщила|"
    r"сообщает|пишет)\b|"
    # hi (no \b next to Devanagari vowel signs)
    r"(^|\s)(कहा|बताया|लिखा|अपील की|कहना है)(\s|[।,.]|$))",
    re.IGNORECASE,
)



# --- dates -----------------------------------------------------------------------

WEEKDAY = r"(mon|tues|wednes|thurs|fri|satur|sun)day"

# Each month as written out, and how a date may shorten it ("Mar 3", "Sept. 5").
_MONTHS = {
    "january": r"jan(uary)?", "february": r"feb(ruary)?", "march": r"mar(ch)?", "april": r"apr(il)?",
    "may": r"may", "june": r"june?", "july": r"july?", "august": r"aug(ust)?", "september": r"sept?(ember)?",
    "october": r"oct(ober)?", "november": r"nov(ember)?", "december": r"dec(ember)?",
}
# A month in a date: "March", "Mar", "Sept".
MONTH = "(" + "|".join(_MONTHS.values()) + ")"
# A month written out, for a word that opens no name ("By March Next Year"):
# shortened, it may ("By Jan Novak").
MONTH_WRITTEN_OUT = "(" + "|".join(_MONTHS) + ")"
