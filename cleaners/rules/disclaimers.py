"""Notices that aggregators and auto-publishers append to copied stories.

These are strongly worded legal boilerplate; we still demand a disclaimer
opener, a first-person/auto-feed sentence shape or two cues, so that a
report *about* aggregators or about machine-written news survives.

Patterns are listed per language (en, de, fr, es, it, pt, nl, ru, hi) in two
families: the aggregator notice ("Denial of responsibility! X is an
automatic aggregator ... All trademarks belong to their rightful owners")
and the auto-feed note ("This story has not been edited by staff and is
auto-generated from a syndicated feed").

finance_disclosure is the regulatory small print a bank, lender or
investment adviser closes its posts with: only in the last lines, and only
in the forms a firm writes about itself.
"""

from cleaners.base import RegexRule, all_languages, regex
from cleaners.rules.vocab import REPORTED_SPEECH, devanagari

# The aggregator notice's cues, for the sentence "X is an automatic aggregator ..."
# when it comes without its "Denial of responsibility!" opener.
_AGGREGATOR_CUES = (
    r"(rightful owners|deleted within|educational purposes?|primary source|owner of the content|"
    r"available free on internet)"
)

_AGGREGATOR = {
    # "Denial of responsibility! TechiLive.in is an automatic aggregator around the global
    #   media. ... The content will be deleted within 24 hours."
    # "All trademarks belong to their rightful owners, all materials to their authors."
    "en": (
        r"^(denial of responsibility|disclaimer)\s*[!:.\-–]\s*.{0,120}\b(automatic|automated) (news )?aggregator",
        r"^denial of responsibility\s*!",
        rf"^[\w.\-]{{1,60}} is an? (automatic|automated) (news )?aggregator\b(?=.{{0,600}}\b{_AGGREGATOR_CUES})",
        r"^all (the )?(trademarks|rights|materials|content)\b.{0,40}\bbelong to their "
        r"(rightful |respective )?(owners|authors)",
        r"^(if you are the (owner|author) of (the|this) content|the content will be (deleted|removed) within)",
    ),
    # "Haftungsausschluss: X ist ein automatischer Aggregator ..."
    # "Alle Marken gehören ihren rechtmäßigen Eigentümern, alle Materialien ihren Autoren."
    "de": (
        r"^(haftungsausschluss|verzichtserklärung|disclaimer)\s*[!:.\-–]\s*.{0,120}\b"
        r"(automatischer|automatisierter) (nachrichten-?)?aggregator",
        r"^alle (marken|warenzeichen|rechte|materialien|inhalte)\b.{0,40}\bgehören (ihren|den) "
        r"(rechtmäßigen |jeweiligen )?(eigentümern|inhabern|autoren)",
        r"^der inhalt wird innerhalb von \d+ stunden gelöscht",
    ),
    # "Avertissement : X est un agrégateur automatique des médias mondiaux ..."
    "fr": (
        r"^(avertissement|clause de non-responsabilité|déni de responsabilité|avis de non-responsabilité|"
        r"disclaimer)\s*[!:.\-–]\s*.{0,120}\bagrégateur automatique",
        r"^toutes les (marques|marques déposées)\b.{0,40}\bappartiennent à leurs (propriétaires|auteurs)",
        r"^le contenu sera supprimé dans (les|un délai de) \d+ heures",
    ),
    # "Descargo de responsabilidad! X es un agregador automático de los medios ..."
    "es": (
        r"^(descargo de responsabilidad|negación de responsabilidad|aviso legal|exención de responsabilidad)"
        r"\s*[!:.\-–]\s*.{0,120}\bagregador automático",
        r"^todas las marcas (registradas )?pertenecen a sus (legítimos|respectivos) (propietarios|dueños)",
        r"^el contenido (será|sera) (eliminado|borrado) (dentro de|en) (las )?\d+ horas",
    ),
    # "Esclusione di responsabilità! X è un aggregatore automatico ..."
    "it": (
        r"^(esclusione di responsabilità|dichiarazione di non responsabilità|disclaimer)\s*[!:.\-–]\s*"
        r".{0,120}\baggregatore automatico",
        r"^tutti i marchi (registrati )?appartengono ai (loro )?(legittimi|rispettivi) proprietari",
        r"^il contenuto (sarà|verrà) (eliminato|rimosso) entro \d+ ore",
    ),
    # "Isenção de responsabilidade! X é um agregador automático ..."
    "pt": (
        r"^(isenção de responsabilidade|negação de responsabilidade|aviso legal)\s*[!:.\-–]\s*"
        r".{0,120}\bagregador automático",
        r"^todas as marcas (registradas |registadas )?pertencem aos (seus )?(legítimos|respectivos|respetivos) "
        r"(proprietários|donos)",
        r"^o conteúdo será (excluído|removido|eliminado) (dentro de|em) \d+ horas",
    ),
    # "Disclaimer: X is een automatische aggregator van de wereldwijde media ..."
    "nl": (
        r"^(disclaimer|vrijwaring|ontkenning van verantwoordelijkheid)\s*[!:.\-–]\s*.{0,120}\b"
        r"automatische (nieuws)?aggregator",
        r"^alle (handelsmerken|merken)\b.{0,40}\b(behoren toe aan|zijn eigendom van) (hun|de) "
        r"(rechtmatige|respectieve) eigenaars?",
    ),
    # "Отказ от ответственности! X — автоматический агрегатор мировых СМИ ..."
    "ru": (
        r"^отказ от ответственности\s*[!:.\-–]\s*.{0,120}\bавтоматический агрегатор",
        r"^все (товарные знаки|торговые марки)\b.{0,40}\bпринадлежат (их )?(законным|законным правообладателям|"
        r"соответствующим) (владельцам|правообладателям)",
        r"^контент будет удален в течение \d+ часов",
    ),
    # "अस्वीकरण: X एक स्वचालित एग्रीगेटर है ..."
    "hi": (
        devanagari(r"^(अस्वीकरण|डिस्क्लेमर)\s*[!:।\-–]\s*.{0,160}?(स्वचालित|ऑटोमैटिक|ऑटोमेटिक)\s+(न्यूज\s+)?एग्रीगेटर"),
    ),
}

_AUTO_FEED = {
    # "(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)"
    # "Disclaimer: This story is auto-generated from a syndicated feed."
    # "(Only the headline ... reworked by staff; the rest of the content is auto-generated
    #   from a syndicated feed.)"
    "en": (
        r"^\(?\s*(disclaimer\s*[:\-–]\s*)?(this|the) (story|article|post|report|news item|content) "
        r"(has not been|was not|is not|hasn't been|wasn't) edited by\b.{0,60}\b(staff|team|desk|editors?)\b"
        r".{0,80}\b(feed|auto[- ]?generated|automatically (generated|published))\b",
        r"^\(?\s*(disclaimer\s*[:\-–]\s*)?(this|the) (story|article|post|report|news item|content)\b.{0,40}\b"
        r"(is|was|has been) (auto[- ]?(generated|published)|automatically (generated|published)) "
        r"(from|via|through) (a |an |the )?(syndicated|news agency|agency|wire|rss) feeds?\b.{0,160}$",
        r"^.{0,200}?\bthe rest of the content is (auto[- ]?generated|automatically generated) from a syndicated feed",
        r"^\(?\s*(this|the) (story|article|post) (has been|was) published from (a|an) "
        r"(wire agency|agency|syndicated) feed without (any )?modifications",
    ),
    # "Diese Meldung wurde automatisch aus dem dpa-Newskanal übernommen und nicht
    #   redaktionell bearbeitet."
    "de": (
        r"^\(?\s*(hinweis\s*:\s*)?(dieser|diese|dieses) (artikel|text|meldung|nachricht|beitrag)\b.{0,60}\b"
        r"(automatisch|automatisiert)\b.{0,80}\b(übernommen|erstellt|generiert|eingespielt)\b"
        r"(?=.{0,120}\b(feed|\w*newskanal|agentur\w*|nicht redaktionell))",
        r"^\(?\s*(dieser|diese|dieses) (artikel|text|meldung|nachricht|beitrag)\b.{0,80}\b"
        r"nicht redaktionell (bearbeitet|geprüft)\b.{0,120}$",
    ),
    # "Cette dépêche a été publiée automatiquement et n'a pas été modifiée par la rédaction."
    "fr": (
        r"^\(?\s*(cet|cette) (article|dépêche|contenu|brève)\b.{0,60}\b(publiée?|générée?|mise? en ligne|"
        r"reprise?) automatiquement\b(?=.{0,160}\b(dépêche|flux|agence|rédaction|afp|reuters))",
    ),
    # "Esta noticia ha sido publicada automáticamente a partir de un teletipo de la agencia EFE."
    "es": (
        r"^\(?\s*(esta|este) (noticia|artículo|articulo|contenido|información)\b.{0,60}\b"
        r"(publicad[oa]|generad[oa]|redactad[oa]|elaborad[oa]) (automáticamente|de forma automática|"
        r"de manera automática)\b(?=.{0,160}\b(agencia|teletipo|feed|efe|europa press|sin (revisión|edición)))",
    ),
    # "Questo articolo è stato pubblicato automaticamente dal flusso dell'agenzia Ansa."
    "it": (
        r"^\(?\s*(questo|questa) (articolo|notizia|contenuto|lancio)\b.{0,60}\b"
        r"(pubblicat[oa]|generat[oa]|importat[oa]) automaticamente\b"
        r"(?=.{0,160}\b(agenzia|flusso|feed|redazione|ansa))",
    ),
    # "Esta notícia foi publicada automaticamente a partir do feed da agência Lusa."
    "pt": (
        r"^\(?\s*(esta|este) (notícia|noticia|artigo|conteúdo|texto)\b.{0,60}\b"
        r"(publicad[oa]|gerad[oa]|importad[oa]) automaticamente\b"
        r"(?=.{0,160}\b(agência|agencia|feed|redação|redacção|lusa))",
    ),
    # "Dit bericht is automatisch overgenomen van persbureau ANP."
    "nl": (
        r"^\(?\s*(dit|deze) (artikel|bericht|nieuwsbericht)\b.{0,40}\b(is|wordt|werd) automatisch "
        r"(gegenereerd|overgenomen|geplaatst|gepubliceerd)\b(?=.{0,160}\b(anp|persbureau|feed|redactie))",
    ),
    # "Новость сгенерирована автоматически из RSS-ленты агентства."
    "ru": (
        r"^\(?\s*(эта |данная )?(новость|материал|статья|публикация)\s+(была\s+)?(сгенерирован\w*|"
        r"опубликован\w*|создан\w*|добавлен\w*)\s+автоматически\b"
        r"(?=.{0,160}(ленты|лента|rss|агентств|редакци|с сайта|источник))",
        r"^\(?\s*(эта |данная )?(новость|материал|статья|публикация)\s+(была\s+)?автоматически\s+"
        r"(сгенерирован\w*|опубликован\w*|создан\w*|добавлен\w*)\b"
        r"(?=.{0,160}(ленты|лента|rss|агентств|редакци|с сайта|источник))",
    ),
    # "(इस खबर को एनडीटीवी टीम ने संपादित नहीं किया है, यह सिंडीकेट फीड से सीधे प्रकाशित की गई है।)"
    "hi": (
        devanagari(
            r"^\(?\s*((डिस्क्लेमर|अस्वीकरण)\s*[:\-–]\s*)?(इस|यह)\s+(खबर|समाचार|स्टोरी|लेख|रिपोर्ट)"
            r".{0,80}?संपादित\s+नहीं\s.{0,120}?(सिंडिकेट|सिंडीकेट|सिंडिकेटेड|एजेंसी)\s+फीड"
        ),
        devanagari(
            r"^\(?\s*((डिस्क्लेमर|अस्वीकरण)\s*[:\-–]\s*)?(इस|यह)\s+(खबर|समाचार|स्टोरी|लेख|रिपोर्ट)"
            r".{0,60}?(सिंडिकेट|सिंडीकेट|सिंडिकेटेड|एजेंसी)\s+फीड\s+से\s+(सीधे\s+)?"
            r"(प्रकाशित|पब्लिश|ऑटो[- ]?जेनरेट)"
        ),
    ),
}

AGGREGATOR_DISCLAIMER = RegexRule(
    # Removes: "Denial of responsibility! X is an automatic aggregator around
    #   the global media. All the content are available free on Internet. ...
    #   The content will be deleted within 24 hours."
    #   "Disclaimer: This story is auto-generated from a syndicated feed."
    #   "All trademarks belong to their rightful owners, all materials to their authors."
    #   and the same notices in the other languages above.
    # Keeps: "TechiLive describes itself as an automatic aggregator and says it
    #   removes stories within 24 hours of a complaint, but publishers disagree."
    #   (a report: no disclaimer opener, not "X is an automatic aggregator", no
    #   owner/trademark cue); "The report found that much of the content was
    #   auto-generated by AI tools." (no feed, not a disclaimer's sentence).
    name="aggregator_disclaimer",
    # One anchored group: every pattern starts at the line's start, so the
    # search gives up after position 0 instead of retrying each alternative
    # at every character of a 1,200-character line.
    pattern=regex(
        "^(?:"
        + "|".join(
            f"(?:{p})"
            for family in (_AGGREGATOR, _AUTO_FEED)
            for patterns in family.values()
            for p in patterns
        )
        + ")"
    ),
    max_chars=1200,
)


# --- finance_disclosure ---------------------------------------------------------------

# A name as a firm or bank writes it in its own disclosure: capitalised words,
# "LLC", "N.A.", "&" ("Harbour Wealth Partners, LLC", "Coastline Bank, N.A.").
_FIRM = r"(?-i:[A-Z0-9][\w&.,'’()-]*)(?: (?-i:[A-Z0-9&][\w&.,'’()-]*)){0,6}"

_FINANCE = {
    # "Harbour Wealth Partners, LLC is a Registered Investment Adviser. Advisory
    # services are only offered ...", "All personal loans made by Coastline Bank.",
    # "Member FDIC. Equal Housing Lender.", "Securities offered through Northgate
    # Securities, LLC, member FINRA/SIPC.", "Past performance is not indicative of
    # future results."
    "en": (
        rf"^\W*{_FIRM} is an? (sec[- ]|state[- ])?registered investment advis[eo]r\s*[.;]\s*.{{0,600}}$",
        rf"^\W*(all )?([\w-]+ ){{0,2}}loans? (are )?(made|issued|originated|provided) by {_FIRM}\W*$",
        r"^\W*((member (fdic|finra|sipc|ncua)(\s*(/|and|&)\s*(fdic|finra|sipc))?|equal housing (lender|opportunity)|"
        r"nmls( id)?\s*#?\s*\d+)\W*)+$",
        rf"^\W*(securities|(investment )?advisory services) (are )?(only )?offered (through|by) {_FIRM}.{{0,300}}$",
        r"^\W*past performance (is|does) not (a )?(guarantee|indicative|indicate|necessarily|predict)\b.{0,300}$",
    ),
    # "Keine Anlageberatung.", "Frühere Wertentwicklungen sind kein verlässlicher Indikator ..."
    "de": (
        r"^\W*(dies(er artikel| ist)? (ist|stellt) keine anlageberatung( dar)?|keine anlageberatung|"
        r"(frühere|vergangene) wertentwicklungen? (sind|ist) kein (verlässlicher )?indikator)\b.{0,300}$",
    ),
    # "Les performances passées ne préjugent pas des performances futures."
    "fr": (
        r"^\W*(les performances passées ne (préjugent|sont) pas|(ceci|cet article) ne constitue pas un conseil "
        r"en investissement)\b.{0,300}$",
    ),
    # "Rentabilidades pasadas no garantizan rentabilidades futuras."
    "es": (
        r"^\W*((las )?rentabilidades pasadas no (garantizan|presuponen)|(esto|este artículo) no constituye "
        r"(una )?(recomendación|asesoramiento) de inversión)\b.{0,300}$",
    ),
}

FINANCE_DISCLOSURE = RegexRule(
    # Removes: the regulatory small print a bank, lender or adviser puts under
    #   its posts, in the last four lines: "Harbour Wealth Partners, LLC is a
    #   Registered Investment Adviser. Advisory services are only offered ...",
    #   "All personal loans made by Coastline Bank.", "Member FDIC. Equal
    #   Housing Lender.", "Securities offered through Northgate Securities,
    #   LLC, member FINRA/SIPC.", "Past performance is not indicative of future
    #   results.", "Keine Anlageberatung."
    # Keeps: reporting on the same things ("Regulators said Harbour Capital is
    #   a registered investment adviser that misled clients", "Most car loans
    #   are made by banks rather than dealers.", "The bank, a member of the FDIC
    #   since 1934, failed in March."), and the same words further up the text.
    name="finance_disclosure",
    pattern=regex(*all_languages(_FINANCE)),
    veto=REPORTED_SPEECH,
    max_chars=800,
    tail=4,
)

# --- partner_credit ------------------------------------------------------------------

_CREDIT = {
    # "This story about tutoring was written by Jane Doe and produced by The Harbour
    #   Report, a nonprofit, independent news organization ... Sign up for ..."
    "en": (
        r"^\W*this (story|article|report|piece|post)\b.{0,150}\b(was|is|has been) (written|reported|produced|"
        r"co-published|published|republished|originally published|first published)\b.{0,200}\b(nonprofit|"
        r"non-profit|independent (news|journalism|newsroom)|newsroom|news organi[sz]ation)",
    ),
    "de": (
        r"^\W*dieser (artikel|beitrag|text)\b.{0,150}\b(erschien|wurde) (zuerst|ursprünglich|in kooperation)\b"
        r".{0,200}\b(gemeinnützig\w*|unabhängig\w* (redaktion|newsroom|medium))",
    ),
    "fr": (
        r"^\W*cet article\b.{0,150}\ba été (publié|produit|écrit) (initialement|d['’]abord|en partenariat)\b"
        r".{0,200}\b(à but non lucratif|(média|rédaction) indépendante?)",
    ),
    "es": (
        r"^\W*este (artículo|reportaje)\b.{0,150}\bfue (publicado|producido|escrito) (originalmente|en alianza)\b"
        r".{0,200}\b(sin fines de lucro|sin ánimo de lucro|(medio|redacción) independiente)",
    ),
}

PARTNER_CREDIT = RegexRule(
    # Removes: a partner newsroom's credit in the last three lines, naming
    #   itself nonprofit or independent: "This story about tutoring was
    #   written by Jane Doe and produced by The Harbour Report, a nonprofit,
    #   independent news organization focused on education. Sign up for our
    #   newsletter.", "Cet article a été publié initialement par Le Port, un
    #   média indépendant."
    # Keeps: a story about a newsroom ("The nonprofit newsroom was founded in
    #   2008 ..."), a credit line without a partner's self-description
    #   ("This story was written by Jane Doe."), and the same credit higher up.
    name="partner_credit",
    pattern=regex(*all_languages(_CREDIT)),
    veto=REPORTED_SPEECH,
    max_chars=700,
    tail=3,
)

RULES = (AGGREGATOR_DISCLAIMER, FINANCE_DISCLOSURE, PARTNER_CREDIT)
