"""Promotional lines: channels, follow-us, more-news, app and newsletter pitches,
and the link back to the source on a copied story.

All are first-person pitches to the reader ("join our", "follow us") or
bare calls to action; each is short. Stories *about* Telegram, Google News
or newsletters survive because they do not pitch.

Each rule lists its patterns per language (en, de, fr, es, it, pt, nl, ru,
hi); a rule's name says what kind of boilerplate it removes, not in which
language. Every pitch must open the line, or follow a short lead-in made of
the usual opening words ("For the latest news, follow us ..."), never a
quotation mark: a reporter quoting an organiser's "Join our Telegram
channel" keeps the quote. And no pitch reports speech: a line with "said",
"sagte", "dijo", "заявил", "कहा" ... is a reporter's (see
cleaners.rules.vocab.REPORTED_SPEECH).
"""

from cleaners.base import RegexRule, all_languages, regex
from cleaners.rules.vocab import MONTH, REPORTED_SPEECH, WEEKDAY, devanagari

# --- shared pieces ------------------------------------------------------------

_NETWORKS = (
    r"(telegram|whatsapp|signal|discord|google news|google discover|twitter|x|facebook|"
    r"instagram|linkedin|youtube|tiktok|threads|pinterest|bluesky|mastodon|koo|sharechat|"
    r"dailyhunt|snapchat|viber|flipboard|social media|"
    # Russian spellings and networks
    r"vk|vkontakte|ok\.ru|dzen|rutube|телеграм\w*|ватсап\w*|вотсап\w*|вконтакте|вк|"
    r"одноклассник\w*|дзен\w*|яндекс[.\s-]?дзен\w*|ютуб\w*|соцсет\w*|"
    r"социальных сетях)"
)

# Hindi spellings (pass the pattern through devanagari()).
_NETWORKS_HI = (
    r"(टेलीग्राम|टेलिग्राम|(व्हा|वा|वॉ|व्हॉ)ट्स(ए|ऐ)प|फेसबुक|ट्विटर|एक्स|इंस्टाग्राम|यूट्यूब|"
    r"गूगल न्यूज|गूगल|शेयरचैट|डेलीहंट|सोशल मीडिया|"
    + _NETWORKS[1:-1]
    + ")"
)

_QUOTES = "\"“”„«»‹›"


def _lead(words: str) -> str:
    """An optional short lead-in before a pitch: one of the usual opening words
    ("For the latest news, ...", "Keine News verpassen: ..."), or a short
    question ("Enjoyed this story? ..."), never a quotation mark."""
    return (
        rf"^(?:(?:(?:{words})\b[^{_QUOTES}]{{0,80}}?[,:.!–—-]|[^{_QUOTES}?]{{0,60}}\?)\s*)?"
    )


_LEAD = {
    "en": _lead(r"for|to (get|receive|stay|read)|stay|get|never miss|don'?t miss|want|like|enjoy\w*"),
    "de": _lead(
        r"für|um|bleiben sie|bleib|verpassen sie|verpasse|keine|nichts|immer|mehr|sie möchten|wollen sie|jetzt"
    ),
    "fr": _lead(r"pour|ne manquez|ne ratez|restez|reste|toute l['’]actualité|vous aimez|envie"),
    "es": _lead(r"para|no te pierdas|mantente|recibe|si quieres|toda la|entérate|no se pierda"),
    "it": _lead(r"per|non perdere|resta|rimani|tutte le|vuoi|ricevi"),
    "pt": _lead(r"para|não perca|nao perca|fique|receba|quer|acompanhe"),
    "nl": _lead(r"voor|mis|blijf|wil je|wilt u|altijd|meer"),
    "ru": _lead(r"чтобы|не пропустите|будьте|хотите|оставайтесь|больше|все|самые|главные|свежие|подписывайтесь"),
}

# Hindi pitches end the sentence with the verb, after an optional
# "...के लिए" ("for the latest news") lead-in without quotation marks.
_LEAD_HI = rf"^(?:[^{_QUOTES}]{{0,120}}?(के लिए|हेतु)[\s,]+)?"


# --- promo_channel ------------------------------------------------------------

_CHANNEL = {
    # "We are now on Telegram. Click here to join our channel (@X) ..."
    # "Join our WhatsApp channel for the latest updates"
    "en": (
        # "now"/"also" or a call to action must follow: "We are on Telegram too,
        # the police chief said" is a quote without quotation marks.
        rf"^(we are|we're) (now |also )+(on|available on) {_NETWORKS}\b",
        rf"^(we are|we're) (on|available on) {_NETWORKS}\b"
        r"(\W*$|.{0,100}\b(click|tap|join|follow|subscribe)\b|.{0,100}@)",
        rf"^(click here to |tap here to )?join (us on |our ){_NETWORKS}\b",
        rf"^join (the|my) {_NETWORKS} (group|page|community|channel|server)\b.{{0,100}}$",
        r"^(click|tap) here to join\b",
        rf"{_LEAD['en']}(click here to |tap here to )?(join|subscribe to|follow) our {_NETWORKS} "
        r"(channel|group|community)\b.{0,80}$",
    ),
    # "Treten Sie unserem WhatsApp-Kanal bei", "Abonnieren Sie unseren Telegram-Kanal"
    "de": (
        rf"{_LEAD['de']}(jetzt )?(treten sie|tritt|tretet) (jetzt )?unsere[mnr]? {_NETWORKS}"
        r"[- ]?(kanal|gruppe|channel|community) bei\b.{0,80}$",
        rf"{_LEAD['de']}(jetzt )?(abonnieren sie|abonniere|abonniert|folgen sie|folge|folgt) (jetzt )?"
        rf"unsere[mnr]? {_NETWORKS}[- ]?(kanal|gruppe|channel)\b.{{0,80}}$",
        rf"^wir sind (jetzt |nun )?(auch )?(auf|bei) {_NETWORKS}\W*$",
    ),
    # "Rejoignez notre chaîne Telegram", "Abonnez-vous à notre chaîne WhatsApp"
    "fr": (
        rf"{_LEAD['fr']}(rejoignez|rejoins|abonnez-vous à|abonne-toi à|suivez) (notre|nos) "
        rf"(chaîne|canal|groupe|communauté)s? (sur |de )?{_NETWORKS}\b.{{0,80}}$",
        rf"^nous sommes (désormais |maintenant |aussi |également |aussi )*sur {_NETWORKS}\W*$",
    ),
    # "Únete a nuestro canal de Telegram", "Suscríbete a nuestro canal de WhatsApp"
    "es": (
        rf"{_LEAD['es']}(únete|unete|suscríbete|suscribete|síguenos|siguenos|sigue) (a|en) nuestro "
        rf"(canal|grupo|comunidad) (de|en) {_NETWORKS}\b.{{0,80}}$",
        rf"{_LEAD['es']}(únete|unete) a nuestra comunidad (de|en) {_NETWORKS}\b.{{0,80}}$",
        rf"^(ya |también |tambien )?estamos (también |tambien )?en {_NETWORKS}\W*$",
    ),
    # "Iscriviti al nostro canale Telegram", "Unisciti al nostro canale WhatsApp"
    "it": (
        rf"{_LEAD['it']}(iscriviti|unisciti|segui|entra)( subito)? (al|nel|il) nostro "
        rf"(canale|gruppo) ((su|di) )?{_NETWORKS}\b.{{0,80}}$",
        rf"^(ora )?siamo (anche |ora )?su {_NETWORKS}\W*$",
    ),
    # "Junte-se ao nosso canal no Telegram", "Entre no nosso canal do WhatsApp"
    "pt": (
        rf"{_LEAD['pt']}(junte-se|entre|participe|siga|inscreva-se|acompanhe|assine)( ao| no| do| em| o)? "
        rf"(nosso|o nosso) (canal|grupo|comunidade) (no|do|de|em|pelo) {_NETWORKS}\b.{{0,80}}$",
        rf"^(agora )?estamos (também )?no {_NETWORKS}\W*$",
    ),
    # "Word lid van ons Telegram-kanaal", "Volg ons WhatsApp-kanaal"
    "nl": (
        rf"{_LEAD['nl']}(word lid van|volg|abonneer je op|abonneer u op|sluit je aan bij) (ons|onze) "
        rf"{_NETWORKS}[- ]?(kanaal|groep|community)\b.{{0,80}}$",
    ),
    # "Подписывайтесь на наш Telegram-канал", "Больше новостей — в нашем Telegram-канале"
    "ru": (
        rf"{_LEAD['ru']}(подписывайтесь|подпишитесь|присоединяйтесь|вступайте|заходите|переходите)"
        r"\s+(на|к|в)\s+(наш|нашему|нашу|нашей|наше)\s+(\S+[- ])?(канал\w*|групп\w*|сообществ\w*|чат\w*)"
        r"\b.{0,100}$",
        r"^((больше|все|самые|главные|свежие|последние|оперативные|актуальные|важные|подробности|"
        rf"новости|следите)[^{_QUOTES}]{{0,60}}?\s)?[—–-]?\s*в\s+нашем\s+(\S+[- ])?канале\b.{{0,60}}$",
        rf"^мы\s+(теперь|уже|есть|также|тоже)\s+(\w+\s+)?(в|на)\s+{_NETWORKS}(?![-\w]).{{0,60}}$",
    ),
    # "हमारे टेलीग्राम चैनल से जुड़ें", "हमारे WhatsApp चैनल को फॉलो करें"
    "hi": (
        devanagari(
            rf"{_LEAD_HI}(आप\s+)?हमारे\s+{_NETWORKS_HI}(\s+|-)?(चैनल|ग्रुप|ग्रूप|कम्युनिटी)\s+(से|को|में)\s+"
            r"(जुडें|जुडिए|जुड़ने|ज्वाइन|ज्वॉइन|जॉइन|फॉलो|फोलो|सब्सक्राइब|शामिल)"
            r"[^।.!]{0,60}[।.!]?\s*$"
        ),
        devanagari(rf"^{_NETWORKS_HI}\s+पर\s+(भी\s+)?हमसे\s+(जुडें|जुडिए)"),
    ),
}

PROMO_CHANNEL = RegexRule(
    # Removes: "We are now on Telegram. Click here to join our channel (@X) and stay updated."
    #   "Join our WhatsApp channel for the latest updates"
    #   "Iscriviti al nostro canale Telegram", "Подписывайтесь на наш Telegram-канал"
    # Keeps: "Protesters organised on Telegram, where the channel grew to 2 million members."
    #   '"Join our Telegram channel," the organiser urged.' (a quote opens the line)
    name="promo_channel",
    pattern=regex(*all_languages(_CHANNEL)),
    veto=REPORTED_SPEECH,
    max_chars=300,
)


# --- promo_social ---------------------------------------------------------------

# An account's name: capitalised words ("Harbour Sport", "9to5Harbour", "The Harbour
# Times Opinion section"), never a sentence's object ("the money", "the advice").
_ACCOUNT_WORD = r"((?-i:[A-Z0-9@])[\w.'’&@-]*|the|of|and|section|team|desk|channel|page)"
_ACCOUNT = rf"(?=[^ ]*(?-i:[A-Z0-9@])){_ACCOUNT_WORD}( {_ACCOUNT_WORD}){{0,6}}"

_SOCIAL = {
    # "For the latest news and updates, follow us on Google News", "Like us on Facebook"
    "en": (
        rf"{_LEAD['en']}(follow|like|find|add) (us|me) on {_NETWORKS}\b",
        # a named account: "Follow Harbour Sport on Instagram, Facebook and YouTube.",
        #   "Subscribe to Harbour Tech on YouTube for more gadget news:"
        rf"^(follow|subscribe to) {_ACCOUNT} on {_NETWORKS}( \(@?[\w.]{{1,30}}\))?"
        rf"((, ?|,? and |,? & |,? or ){_NETWORKS}( \(@?[\w.]{{1,30}}\))?)*"
        r"( (to stay (up to date|updated|connected|in the loop|in touch)|for (more|the latest|updates|daily)\b"
        r"[^.!?]{0,40}))?\W*$",
        r"^stay (connected|tuned|updated) with us on\b",
        rf"^(you can )?(also )?(follow|find) us (on|at) .{{0,60}}\b{_NETWORKS}\b",
        rf"^(don'?t forget to |please )?(share|like) (this|our) (story|article|post|page) on {_NETWORKS}\b",
        # a follow box's heading alone: "Follow us", "Follow us on:", "Stay connected with me!"
        r"^(follow|find|connect with) us( on| at)?\W*$",
        r"^(stay connected|keep in touch|connect|get social) with (me|us)\W*$",
        # the pitch closing a longer line: "Catch up on our coverage, and follow us
        #   on Facebook and Instagram to stay up to date."
        # (the line must end with the pitch: the networks, then at most "to stay
        # up to date" or "for the latest ...")
        rf"^[^{_QUOTES}]{{0,160}}(,|\band|\bplease) follow us on {_NETWORKS}((, ?|,? and |,? & |,? or ){_NETWORKS})*"
        r"( (to stay (up to date|updated|connected|in the loop|in touch)|for (more|the latest|updates|daily)\b"
        r"[^.!?]{0,40}))?\W*$",
        # Google's "preferred sources": "Add Harbour Times as a preferred source on Google"
        r"^(\+\s*)?add (\S+ ){0,4}as (a |your )?(preferred|trusted) source on google\b.{0,120}$",
    ),
    # "Folgen Sie uns auf Google News", "Sie finden uns auch auf Facebook"
    "de": (
        rf"{_LEAD['de']}(folgen sie|folge|folgt|besuchen sie|liken sie|like) uns (auch |jetzt )?"
        rf"(auf|bei|in) .{{0,30}}?\b{_NETWORKS}\b",
        rf"^(sie finden|ihr findet|du findest) uns (auch )?(auf|bei) {_NETWORKS}\b",
    ),
    # "Suivez-nous sur Google News", "Retrouvez-nous sur Facebook"
    "fr": (
        rf"{_LEAD['fr']}(suivez|retrouvez|rejoignez|likez|aimez|suis)-nous (aussi |également |dès maintenant )?"
        rf"sur .{{0,30}}?\b{_NETWORKS}\b",
    ),
    # "Síguenos en Google News", "Sigue a Diario Sur en Google News"
    "es": (
        rf"{_LEAD['es']}(s[ií]guenos|encuéntranos|encuentranos|dale like)( también| tambien)? en "
        rf".{{0,30}}?\b{_NETWORKS}\b",
        rf"^sigue a [^{_QUOTES}]{{1,40}} en {_NETWORKS}\W*$",
    ),
    # "Seguici su Google News", "Resta aggiornato, seguici su Facebook"
    "it": (
        rf"{_LEAD['it']}(seguici|trovaci|metti mi piace)( anche)? su .{{0,30}}?\b{_NETWORKS}\b",
    ),
    # "Siga-nos no Google News", "Siga o Diário no Google News"
    "pt": (
        rf"{_LEAD['pt']}(siga-nos|sigam-nos|acompanhe-nos|segue-nos|curta nossa página)( também)? "
        rf"(no|nas|na|em|pelo|pelas) .{{0,30}}?\b({_NETWORKS}|redes sociais)\b",
        rf"^siga o [^{_QUOTES}]{{1,40}} no {_NETWORKS}\W*$",
    ),
    # "Volg ons op Twitter", "Volg ons ook op Facebook en Instagram"
    "nl": (
        rf"{_LEAD['nl']}(volg|like|vind) ons (ook |nu )?(op|via|leuk op) .{{0,30}}?\b{_NETWORKS}\b",
    ),
    # "Подписывайтесь на нас в соцсетях", "Читайте нас в Дзене", "Следите за нами в Telegram"
    "ru": (
        rf"{_LEAD['ru']}(подписывайтесь|подпишитесь)\s+на\s+нас\s+(в|во|на)\s.{{0,30}}?\b{_NETWORKS}\b",
        rf"{_LEAD['ru']}следите\s+за\s+нами\s+(в|во|на)\s.{{0,30}}?\b{_NETWORKS}\b",
        rf"{_LEAD['ru']}(читайте|смотрите)\s+нас\s+(в|во|на)\s.{{0,30}}?\b{_NETWORKS}\b",
    ),
    # "हमें Google News पर फॉलो करें",
    # "ताज़ा खबरों के लिए हमें फेसबुक पर लाइक और ट्विटर पर फॉलो करें"
    "hi": (
        devanagari(
            rf"{_LEAD_HI}(आप\s+)?हमें\s+.{{0,40}}?{_NETWORKS_HI}.{{0,60}}?"
            r"(फॉलो|फोलो|लाइक|सब्सक्राइब|ज्वाइन|ज्वॉइन|जॉइन)\s*(करें|कीजिए|करना न भूलें|कर सकते हैं)"
        ),
    ),
}

PROMO_SOCIAL = RegexRule(
    # Removes: "For the latest news and updates, follow us on Google News"
    #   "Stay connected with us on social media platform for instant update click here
    #   to join our Twitter, & Facebook"   "Like us on Facebook and follow us on X"
    #   "Folgen Sie uns auf Google News", "हमें Google News पर फॉलो करें"
    # Keeps: "Police asked residents to follow the advice posted on Twitter."
    #   (no first-person "follow us"), '"Follow us on Telegram," he told the crowd.'
    #   (a quote opens the line), long paragraphs quoting a campaign.
    name="promo_social",
    pattern=regex(*all_languages(_SOCIAL)),
    veto=REPORTED_SPEECH,
    max_chars=250,
)


# --- promo_more_news --------------------------------------------------------------

_MORE_NEWS = {
    # "For all the latest World News Click Here", "Click here for more stories like this"
    "en": (
        # The call to action must be "click here" at the end or point at *our*
        # site/app: "For the latest updates on the fire, residents were told to
        # visit the county's page" is advice in a news story.
        r"^for (all )?(the )?(latest|more|breaking)\b.{0,60}\b(news|updates|stories|headlines)\b"
        r".{0,60}\b(click|tap) here\W*$",
        r"^for (all )?(the )?(latest|more|breaking)\b.{0,60}\b(news|updates|stories|headlines)\b"
        r".{0,60}\b(visit|go to|log on to|download|head to) "
        r"(us\b|our\b|www\.|[\w-]+\.(com|in|org|net|news|co\.uk)\b).{0,60}$",
        r"^(click|tap) here (for|to (read|get|see)) (more|the latest|all)( [\w'’-]+){0,3} "
        r"(news|stories|updates|headlines|articles|coverage)\b.{0,60}$",
        r"^(get|read) (all )?the latest\b.{0,60}\b(news|updates|headlines)\b.{0,40}\b(click|tap) here\W*$",
        r"^(read|get|find) (more|all the latest) (news|stories|updates) (on|at|from)\b.{0,60}$",
        # a wire's pointers: "Visit Harbour Insider's homepage for more stories.", "Follow HP's full
        #   coverage of the election at https://...", "More HP sport: https://..."
        r"^visit [\w'’ .-]{1,40} homepage for more (stories|news|articles)\W*$",
        r"^(follow|read|see) (our|[\w.-]+['’]s?) (full |latest )?coverage of .{1,100}\b(at|on) (https?://|www\.)\S+\W*$",
        r"^more [\w .'’-]{1,30}:\s*https?://\S+.{0,80}$",
    ),
    # "Mehr Nachrichten aus Berlin finden Sie hier", "Weitere News lesen Sie hier"
    "de": (
        r"^(mehr|weitere|alle) (aktuellen |neuen )?(nachrichten|news|meldungen|artikel|infos|themen)\b"
        r".{0,60}\b(finden sie|gibt es|lesen sie|findest du|liest du) (hier|unter|auf|bei)\b.{0,40}$",
        r"^hier (geht es|geht's|gibt es|finden sie) (zu )?(weiteren|mehr|allen|den neuesten) "
        r"(nachrichten|news|meldungen|artikeln)\b.{0,40}$",
    ),
    # "Pour plus d'actualités, cliquez ici", "Retrouvez toute l'actualité de la région sur ..."
    "fr": (
        r"^pour (plus d['’]|toute l['’]|toutes les |les dernières |suivre l['’])(infos|informations|actualités?|"
        r"nouvelles)\b.{0,60}\b(cliquez|rendez-vous|retrouvez|consultez)\b.{0,60}$",
        r"^(retrouvez|découvrez) (toute l['’]actualité|toutes (nos|les) (infos|actualités)|"
        r"plus d['’](infos|actualités))\b.{0,80}$",
        r"^cliquez ici pour (lire|voir|découvrir) (plus|toute|toutes|les dernières)\b.{0,60}$",
    ),
    # "Para más noticias, haz clic aquí", "Lee más noticias de Madrid aquí"
    "es": (
        r"^para (más|todas las|las últimas|leer más) (noticias|novedades|información|actualizaciones)\b"
        r".{0,60}\b(haz clic|pincha|pulsa|visita|entra|clic aquí)\b.{0,60}$",
        r"^(haz clic|pincha|pulsa) aquí para (leer|ver|recibir) (más|todas|las últimas)\b.{0,60}$",
        r"^(lee|consulta|encuentra) (más|todas las|las últimas) noticias\b.{0,60}\baquí\W*$",
    ),
    # "Per tutte le ultime notizie clicca qui", "Clicca qui per altre notizie"
    "it": (
        r"^per (tutte le |le |altre )?(ultime )?(notizie|news|aggiornamenti)\b.{0,60}\b"
        r"(clicca|visita|vai su)\b.{0,60}$",
        r"^clicca qui per (leggere )?(altre |tutte le |le ultime )(notizie|news|aggiornamenti|articoli)\b.{0,60}$",
        r"^leggi (tutte le|le ultime|altre) notizie\b.{0,40}\b(qui|su)\b.{0,40}$",
    ),
    # "Para mais notícias, clique aqui", "Leia mais notícias em ..."
    "pt": (
        r"^para (mais|todas as|as últimas|ler mais) (notícias|noticias|novidades|informações)\b"
        r".{0,60}\b(clique|acesse|visite|toque)\b.{0,60}$",
        r"^clique aqui para (ler|ver|receber) (mais|todas|as últimas)\b.{0,60}$",
        r"^(leia|confira|veja) (mais|todas as|as últimas) (notícias|noticias)\b.{0,40}\b(aqui|em|no site)\b.{0,40}$",
    ),
    # "Klik hier voor meer nieuws", "Meer nieuws vind je hier"
    "nl": (
        r"^(klik|tik) hier voor (meer|al het|het laatste) nieuws\b.{0,60}$",
        r"^(meer|al het|het laatste) nieuws (uit|over|van)?\b.{0,60}\b(vind|lees) (je|u) (hier|op)\b.{0,40}$",
        r"^voor (meer|al het|het laatste) nieuws\b.{0,60}\b(klik|ga naar|kijk op|bezoek)\b.{0,60}$",
    ),
    # "Больше новостей читайте на сайте", "Все новости по теме читайте здесь"
    "ru": (
        r"^(больше|все|другие|последние|главные)\s+(\S+\s+)?(новост\w*|материал\w*|статьи)\b.{0,60}\b"
        r"(читайте|смотрите)\s+(на|в|во|здесь|тут)\b.{0,60}$",
    ),
    # "ताज़ा खबरों के लिए यहां क्लिक करें"
    "hi": (
        devanagari(
            r"^[^।]{0,80}(खबर|खबरें|खबरों|समाचार|समाचारों|न्यूज|अपडेट)\S*\s.{0,60}?(के लिए|हेतु)\s+"
            r"(यहां|यहाँ|यहा)\s+क्लिक\s+(करें|कीजिए)\W*$"
        ),
    ),
}

PROMO_MORE_NEWS = RegexRule(
    # Removes: "For all the latest Education News Click Here"
    #   "Click here for more stories like this"  "Also read: ..." is *not* here
    #   (it may carry a real headline; left for site-level learning).
    #   "Больше новостей читайте на сайте", "Klik hier voor meer nieuws"
    # Keeps: "Click here, the phishing email said, and your account will be restored."
    #   "For more news outlets, clicks matter more than accuracy, the study found."
    name="promo_more_news",
    pattern=regex(*all_languages(_MORE_NEWS)),
    veto=REPORTED_SPEECH,
    max_chars=200,
)


# --- promo_newsletter -----------------------------------------------------------

_NEWSLETTER = {
    # "Subscribe to our newsletter", "Sign up for our free daily newsletter here."
    "en": (
        rf"{_LEAD['en']}(subscribe|sign up|register)( now| today| here| free)?( to (receive|get))? (to|for) "
        r"(our|the)( free)?( daily| weekly| morning| evening)? (\w+ ){0,3}(newsletters?|briefing|bulletin|alerts?)\b"
        r".{0,80}$",
        rf"{_LEAD['en']}(get|receive) (our|the)( free)?( daily| weekly)? (\w+ ){{0,3}}newsletter\b.{{0,80}}$",
        r"^enter your e-?mail( address)? (below )?(to|and) (subscribe|sign up|get|receive|join)\b.{0,80}$",
        # "Join our newsletter", "Sign up for email updates", "Join our mailing list"
        rf"{_LEAD['en']}(join|subscribe to|sign up for|sign up to|get) (our |the |my )?([\w'’-]+ ){{0,3}}"
        r"(e-?newsletters?|newsletters?|mailing list|email updates|email alerts)\b.{0,80}$",
        r"^(subscribe|sign up)( now| today| for free)? (with your e-?mail( address)? )?to (receive|get) "
        r"(new |our |the latest )?(posts|stories|news|updates|articles)\b.{0,80}$",
        r"^sign up for (the latest|more) (news|updates|stories)\b.{0,60}$",
        r"^get (the latest|the best|our|more|the day['’]s|today['’]s|this week['’]s)( of| from)? ([\w'’&-]+ ){0,4}"
        r"(delivered|sent|straight|right) (to|in|into) your inbox\b.{0,120}$",
        # "Click here to subscribe to The Paradigm Newsletter"
        r"^(click|tap) here to (subscribe|sign up) (to|for)\b.{0,80}\b(newsletters?|briefing|bulletin|alerts?|updates)"
        r"\W*$",
        r"^subscribe to our (blog|podcast|updates)\b.{0,80}$",
        # "Subscribe to the Harbour Weekly Podcast!", "Like this article? Subscribe to our blog ..."
        r"^subscribe to (the|my) ([\w'’&-]+ ){0,5}(podcast|newsletter|channel|blog)\W*$",
        r"^(like|liked|enjoy|enjoyed|love|loved) (this|the|what you('ve| have)? read)( article| post| story| episode"
        r"| newsletter| issue)?\s*\?\s*(please )?(subscribe|sign up)\b.{0,160}$",
        # the box's blurb, then the pitch: "We help you plan your weekend. Sign up
        #   for our newsletter for the best of the city."
        r"^[^.!?\"“”]{0,100}[.!?] (sign up|subscribe) (for|to) our( free)?( [\w'’-]+){0,2} newsletters?\b.{0,80}$",
        # "Join our mailing list! Get a newsletter when a new episode is out ..."
        r"^join (our|my) (mailing list|e-?mail list|newsletter)\W.{0,140}$",
        # notification and follow-the-writer prompts: "Would you like to receive
        #   notifications about new posts?", "Join X for free to get updates from this writer."
        r"^(would you like|do you want|want) to (receive|get) (e-?mail )?(notifications|updates|alerts|e-?mails) "
        r"(about|on|of|for|when)\b.{0,60}$",
        r"^.{0,60}\bto get (e-?mail )?updates from (this|the|our) (writer|author|publication|blog|creator)\W*$",
        # (a blog's closing "If you liked this article, please consider
        #   subscribing ..." is chrome.CLOSING_ASK's)
        # "Was this email forwarded to you? Subscribe here for free."
        r"^(was|is) this (newsletter|e-?mail|issue) forwarded to you\s*\?.{0,100}$",
        # a sign-up box's heading alone: "Newsletter", "Newsletter sign-up"
        r"^(e-?mail )?(e-?)?newsletters?( sign[- ]?up| signup)?\W*$",
    ),
    # "Abonnieren Sie unseren Newsletter", "Jetzt kostenlos zum Newsletter anmelden"
    "de": (
        rf"{_LEAD['de']}(jetzt |hier )?(kostenlos )?(abonnieren sie|abonniere|abonniert|bestellen sie) "
        r"(jetzt )?(unseren|den)( kostenlosen)? [\w-]*newsletter\b.{0,80}$",
        r"^(jetzt |hier )?(kostenlos |gratis )?(zum|für den|für unseren) [\w-]*newsletter anmelden\b.{0,60}$",
        r"^melden sie sich (jetzt |hier )?(kostenlos )?(für|zu) (unseren|unserem|den|dem) [\w-]*newsletter an\b.{0,60}$",
        r"^([\w-]+-)?newsletter (jetzt )?(abonnieren|bestellen)\W*$",
    ),
    # "Abonnez-vous à notre newsletter", "Inscrivez-vous gratuitement à notre lettre d'information"
    "fr": (
        rf"{_LEAD['fr']}(abonnez-vous|inscrivez-vous|abonne-toi|inscris-toi)"
        r"( gratuitement| dès maintenant| dès à présent)? "
        r"(à|a) (notre|nos|la) (\w+ )?(newsletters?|lettres? d['’]informations?|lettres? d['’]infos?)\b.{0,80}$",
        r"^recevez (gratuitement )?(notre|nos) (newsletters?|lettres? d['’]informations?)\b.{0,80}$",
    ),
    # "Suscríbete a nuestro boletín", "Suscríbete a nuestra newsletter"
    "es": (
        rf"{_LEAD['es']}(suscríbete|suscribete|suscríbase|suscribase|regístrate|registrate|apúntate|apuntate)"
        r"( gratis| ahora)? (a|en) (nuestro|nuestra|el|la) (\w+ )?(boletín|boletin|newsletter)\b.{0,80}$",
        r"^recibe (gratis )?(nuestro|nuestra) (\w+ )?(boletín|boletin|newsletter)\b.{0,80}$",
    ),
    # "Iscriviti alla nostra newsletter", "Ricevi la nostra newsletter"
    "it": (
        rf"{_LEAD['it']}(iscriviti|registrati|abbonati)( gratis| gratuitamente| subito| ora)? "
        r"(alla|alle) (nostra |nostre )?(\w+ )?newsletter\b.{0,80}$",
        r"^ricevi (gratis )?(la nostra|le nostre) (\w+ )?newsletter\b.{0,80}$",
    ),
    # "Inscreva-se na nossa newsletter", "Assine nossa newsletter"
    "pt": (
        rf"{_LEAD['pt']}(inscreva-se|cadastre-se|registre-se|subscreva|assine|receba)( já| agora| grátis)? "
        r"(na |em |a )?(nossa|nosso|o nosso|a nossa) (\w+ )?(newsletter|boletim)\b.{0,80}$",
    ),
    # "Schrijf je in voor onze nieuwsbrief", "Abonneer je op onze nieuwsbrief"
    "nl": (
        rf"{_LEAD['nl']}(schrijf (je|u)|meld (je|u)|abonneer (je|u))( nu| gratis)? (in |aan )?(voor|op) "
        r"(onze|de) (\w+ )?nieuwsbrief\b.{0,80}$",
        r"^ontvang (gratis )?(onze|de) (\w+ )?nieuwsbrief\b.{0,80}$",
    ),
    # "Подпишитесь на нашу рассылку", "Подписывайтесь на еженедельную рассылку"
    "ru": (
        rf"{_LEAD['ru']}(подпишитесь|подписывайтесь|подписаться)\s+на\s+(нашу\s+)?(\S+\s+)?"
        r"(рассылку|e-?mail-рассылку|дайджест)\b.{0,80}$",
    ),
    # "हमारे न्यूज़लेटर की सदस्यता लें", "न्यूज़लेटर के लिए साइन अप करें"
    "hi": (
        devanagari(
            r"^(हमारे\s+|हमारा\s+)?(\S+\s+)?न्यूजलेटर\s+(की|के लिए|को|के)\s+(सदस्यता\s+लें|साइन\s+अप\s+करें|"
            r"सब्सक्राइब\s+करें|लिए\s+साइन\s+अप\s+करें)"
        ),
    ),
}

PROMO_NEWSLETTER = RegexRule(
    # Removes: "Subscribe to our newsletter"  "Sign up for our free daily newsletter here."
    #   "Like this article? Subscribe to our blog ...", "Subscribe to the Harbour Weekly Podcast!"
    #   "Abonnez-vous à notre newsletter", "Подпишитесь на нашу рассылку"
    # Keeps: "The newsletter, which has 40,000 subscribers, launched in 2019."
    #   "Subscribers to the newsletter doubled in a year." (no imperative opener)
    name="promo_newsletter",
    pattern=regex(*all_languages(_NEWSLETTER)),
    veto=REPORTED_SPEECH,
    max_chars=200,
)


# --- promo_app --------------------------------------------------------------------

PROMO_APP = RegexRule(
    # Removes: "Download the Daily Harbour app for Android and iOS"
    #   "Download our app for the latest news"
    # Keeps: "The ministry urged citizens to download the app, which critics say tracks them."
    #   "Download the app, officials urged, and register before Friday." (no store/now cue)
    #   "Download our app to report potholes, the council urged." (reported speech)
    name="promo_app",
    pattern=regex(
        # "GET HARBOUR BUSINESS ON THE GO BY CLICKING HERE"
        r"^get [\w'’ ]{1,40} on the go\b.{0,40}\b((click|tap)\w* here|download\w*|app)\W*$",
        r"^(download|get|install) (the|our)( free)? (\w+ ){0,3}app\b.{0,40}"
        r"\b(app store|google play|play store|android|ios|iphone|now|here|today)\b.{0,40}$",
        r"^(download|get|install) our( free)? (\w+ ){0,2}app\b.{0,80}$",
        # "CLICK HERE TO GET THE HARBOUR NEWS APP"
        r"^(click|tap) here to (download|get|install) (the|our)( free)? (\w+ ){0,3}app\W*$",
    ),
    veto=REPORTED_SPEECH,
    max_chars=160,
)


# --- source_link ------------------------------------------------------------------

_SOURCE = {
    # "Read original article here", "Source link", "Originally published at Harbour Times",
    # "Source: Daily Harbour"
    "en": (
        r"^(read|view|see) (the )?(original|full|complete|whole) (article|story|post|report|text)\b.{0,80}$",
        r"^(source|original)( link| article| url)?(\s*[:\-–—|]\s*.{1,80}|\W*)$",
        r"^continue reading\b.{0,80}$",
        # not a date: "Originally published in March 2022. Last updated ..."
        r"^(this (article|story|post) )?(was )?originally (published|appeared|posted) (at|on|in|by)\b"
        rf"(?!\s*(\d|({MONTH}|{WEEKDAY})\b))"
        r".{0,100}$",
        r"^(via|credit|courtesy)\s*[:\-–—]\s*.{1,60}$",
        r"^(via|courtesy of)\s+\S+(\s+\S+){0,2}$",
    ),
    # "Quelle: Tagesspiegel", "Zum Originalartikel"
    "de": (r"^quelle\s*[:\-–—]\s*.{1,80}$", r"^(zum|den) original(artikel|beitrag)\b.{0,60}$"),
    # "Source : Le Monde", "Lire l'article original"
    "fr": (r"^lire (l['’]article (original|complet|en entier)|la suite)\b.{0,60}$",),
    # "Fuente: El País", "Leer el artículo original"
    "es": (
        r"^fuente\s*[:\-–—]\s*.{1,80}$",
        r"^(leer|ver) (el )?(artículo|articulo|nota) (original|completo|completa)\b.{0,60}$",
    ),
    # "Fonte: Ansa", "Leggi l'articolo originale"
    "it": (r"^fonte\s*[:\-–—]\s*.{1,80}$", r"^leggi (l['’]articolo )?(originale|completo)\b.{0,60}$"),
    # "Fonte: Folha de S.Paulo", "Leia a matéria original"
    "pt": (
        r"^fonte\s*[:\-–—]\s*.{1,80}$",
        r"^leia (a matéria|o artigo|a notícia) (original|completa|completo)\b.{0,60}$",
    ),
    # "Bron: NOS", "Lees het originele artikel"
    "nl": (r"^bron\s*[:\-–—]\s*.{1,80}$", r"^lees (het )?(originele|volledige) (artikel|bericht)\b.{0,60}$"),
    # "Источник: ТАСС", "Читать оригинал"
    "ru": (r"^источник\s*[:\-–—]\s*.{1,80}$", r"^читать (оригинал|полностью|статью полностью|источник)\b.{0,60}$"),
    # "स्रोत: पीटीआई", "मूल लेख पढ़ें"
    "hi": (devanagari(r"^स्रोत\s*[:\-–—]\s*.{1,80}$"), devanagari(r"^(मूल|पूरा)\s+(लेख|खबर|आर्टिकल)\s+(पढें|पढ़ें)")),
}

SOURCE_LINK = RegexRule(
    # Only on copies whose original is recorded in original_url: there the
    # line is a bare pointer to what the record already links.
    # Removes: "Read original article here"  "Source link"  "Source: Daily Harbour"
    #   "Read the full article on Daily Harbour"  "Originally published at Harbour Times"
    # Only in the last 10 lines: "Source: Bureau of Labor Statistics" under a
    # chart mid-article is the article's own attribution.
    # Keeps on an original: "Source: Reuters" (attribution of a real article);
    #   on any copy: "Sources said the talks would resume" and "Credit card debt
    #   rose 3% in May" (the label must stand alone or take a colon).
    name="source_link",
    pattern=regex(*all_languages(_SOURCE)),
    max_chars=160,
    tail=10,
    needs_source=True,
)

# --- affiliate_disclosure ----------------------------------------------------------

_AFFILIATE = {
    # "Products are chosen independently by our editors. Purchases made through
    #   our links may earn us a commission."  "As an Amazon Associate I earn from
    #   qualifying purchases."  "This post may contain affiliate links."
    #   "Disclosure: if you buy through affiliate links, I may earn a small commission."
    #   "SiteName is supported by commissions from providers listed on our site."
    #   "We may be compensated when you click on a link ..."
    "en": (
        r"^(\W*(affiliate |advertiser |advertising |editorial |ftc |legal )?disclosures?\s*[:\-–—.]\s*)?"
        r"(.{0,160}?\b)?(we|i|this (site|website|blog|page|post|article)|our (site|website|team|editors)|"
        r"[\w-]+\.(com|org|net|co\.uk|io))( \w+)? (may|might|could|will|can|do|does)?( also)? ?"
        r"(earn|receive|make|collect)s? (a |an )?(small |tiny |affiliate |sales |financial )?"
        r"(commissions?|compensation|share of (the )?(sales|revenue)|from qualifying purchases)\b.{0,300}$",
        r"^(\W*disclosure\s*[:\-–—.]\s*)?as an? ([\w.-]+ ){1,3}(associate|affiliate|partner)\b.{0,60}\b"
        r"(earn|receive)\b.{0,200}$",
        r"^(\W*disclosure\s*[:\-–—.]\s*)?(this|the|our) (post|article|page|story|site|website|content|guide|review|"
        r"video)( [\w-]+){0,2} (may |might |does |also )*(contains?|includes?|uses?) affiliate links?\b.{0,300}$",
        r"^(products|items|everything|all products|each product) (featured |we feature |on this page )?"
        r"(are|is|were|was) (chosen|selected|picked|curated) independently\b.{0,300}$",
        r"^purchases (you make )?(made )?(through|via|from|using) (our|these|the|my) links\b.{0,200}$",
        r"^([\w.-]+ )?(is|are) (reader-supported|supported by (its |our )?(readers|commissions|advertisers|affiliate))"
        r"\b.{0,300}$",
        r"^we may be compensated\b.{0,300}$",
        r"^.{0,200}?\bfrom which (we|[\w.-]+) (may )?receives? (financial )?compensation\b.{0,300}$",
        r"^(advertiser|advertising|affiliate) disclosure\W*$",
    ),
    # "Dieser Artikel enthält Affiliate-Links", "Wir erhalten eine kleine Provision"
    "de": (
        r"^\W*(hinweis\s*:\s*)?(dieser|dieses) (artikel|beitrag|post|seite|video) enthält (\w+ )?"
        r"(affiliate|werbe|partner)-?links\b.{0,300}$",
        r"^.{0,160}?\b(erhalten|bekommen) wir (ggf\.? |eventuell |gegebenenfalls )?eine (kleine )?provision\b.{0,300}$",
    ),
    # "Cet article contient des liens affiliés", "nous percevons une commission"
    "fr": (
        r"^\W*(cet|cette) (article|page|vidéo) contient des liens (affiliés|d['’]affiliation)\b.{0,300}$",
        r"^.{0,160}?\bnous (pouvons )?(percevons|percevoir|touchons|toucher) une (petite )?commission\b.{0,300}$",
    ),
    # "Este artículo contiene enlaces de afiliados", "podemos recibir una comisión"
    "es": (
        r"^\W*(este|esta) (artículo|articulo|página|pagina|post) (contiene|incluye) enlaces de afiliad[oa]s?\b"
        r".{0,300}$",
        r"^.{0,160}?\b(podemos|podríamos) (recibir|ganar|obtener) una (pequeña )?comisión\b.{0,300}$",
    ),
    # "Questo articolo contiene link di affiliazione", "potremmo ricevere una commissione"
    "it": (
        r"^\W*(questo|questa) (articolo|pagina|post) contiene (dei )?link (di affiliazione|affiliati)\b.{0,300}$",
        r"^.{0,160}?\b(potremmo|possiamo) (ricevere|guadagnare) una (piccola )?commissione\b.{0,300}$",
    ),
    # "Este artigo contém links de afiliados", "podemos receber uma comissão"
    "pt": (
        r"^\W*(este|esta) (artigo|página|pagina|post|matéria) (contém|inclui) links de afiliad[oa]s?\b.{0,300}$",
        r"^.{0,160}?\b(podemos|poderemos) (receber|ganhar) uma (pequena )?comissão\b.{0,300}$",
    ),
    # "Dit artikel bevat affiliate links", "ontvangen wij een kleine commissie"
    "nl": (
        r"^\W*(dit|deze) (artikel|pagina|bericht) bevat affiliate[- ]?links\b.{0,300}$",
        r"^.{0,160}?\bontvangen (wij|we) (mogelijk )?een (kleine )?(commissie|vergoeding)\b.{0,300}$",
    ),
    # "Статья содержит партнёрские ссылки"
    "ru": (r"^\W*(эта |данная )?(статья|материал|страница) содержит партн[её]рские ссылки\b.{0,300}$",),
}

AFFILIATE_DISCLOSURE = RegexRule(
    # Removes: the disclosure a shopping or review page sets above or below the
    #   story: "Products are chosen independently by our editors. Purchases made
    #   through our links may earn us a commission."  "As an Amazon Associate I
    #   earn from qualifying purchases."  "Disclosure: this post may contain
    #   affiliate links."  "Dieser Artikel enthält Affiliate-Links."
    # Keeps: reports on affiliate marketing ("Bloggers earn commissions on
    #   sales, the FTC said" is reported speech; "Amazon cut the commission
    #   rates of its Associates programme in 2020" has no first-person earner),
    #   and paragraphs longer than 450 characters.
    name="affiliate_disclosure",
    pattern=regex(*all_languages(_AFFILIATE)),
    veto=REPORTED_SPEECH,
    max_chars=450,
)


# --- ad_label -----------------------------------------------------------------------

_AD_LABEL = {
    # "Advertisement", "ADVERTISEMENT", "Story continues below advertisement",
    # "Sponsored content", "Advertisement: New book out now"
    "en": (
        r"^\W*(advertisements?|advert|ads?|sponsored|sponsored (content|post|story|links?|article)|"
        r"paid (content|post|partnership)|promoted( content| stories| links)?|partner content|"
        r"(story|article|content|text) continues (below|after (the )?(ad|advertisement))( advertisement)?|"
        r"continue reading below|(advertisement\W+)?scroll (down )?to continue( with content| reading)?|"
        r"ad feedback|report this ad|remove ads|close ad)\W*$",
        r"^\W*sponsored by [^,.;:!?]{1,40}$",
        r"^(advertisement|sponsored)\s*[:|]\s*[^.!?]{1,60}[.!?]?$",
        # a sponsor's headline in a newsletter: "Ship faster with fewer bugs (Sponsored)"
        r"^[^()\[\]]{3,80}[(\[]\s*(sponsored|advertisement|ad|paid post)\s*[)\]]\W*$",
    ),
    "de": (r"^\W*(anzeige|werbung|gesponsert|gesponserter (inhalt|beitrag)|weiter nach der (anzeige|werbung))\W*$",),
    "fr": (r"^\W*(publicité|pub|contenu sponsorisé|sponsorisé|la suite après (cette )?(publicité|la publicité))\W*$",),
    "es": (r"^\W*(publicidad|anuncio|patrocinado|contenido patrocinado|sigue leyendo (debajo|después))\W*$",),
    "it": (r"^\W*(pubblicità|sponsorizzato|contenuto sponsorizzato|continua a leggere dopo la pubblicità)\W*$",),
    "pt": (r"^\W*(publicidade|patrocinado|conteúdo patrocinado|continua (depois|após) da publicidade)\W*$",),
    "nl": (r"^\W*(advertentie|gesponsord|gesponsorde inhoud|lees verder na de advertentie)\W*$",),
    "ru": (r"^\W*(реклама|партн[её]рский материал|на правах рекламы)\W*$",),
    "hi": (devanagari(r"^\W*(विज्ञापन|प्रायोजित)\W*$"),),
}

AD_LABEL = RegexRule(
    # Removes: the label an ad slot leaves behind when its ad is gone:
    #   "Advertisement", "ADVERTISEMENT", "Story continues below advertisement",
    #   "Sponsored content", "Anzeige", "Publicité", "Реклама", and a sponsor's
    #   headline marked as such: "Ship faster with fewer bugs (Sponsored)".
    # Keeps: any sentence about ads ("Advertisement revenue fell 12% in the
    #   quarter.", "Sponsored by the council, the festival returns in June."):
    #   the label must be the whole line, or the label and a short headline;
    #   a bracketed "(sponsored)" must close the line.
    name="ad_label",
    pattern=regex(*all_languages(_AD_LABEL)),
    max_chars=90,
)


# --- share_prompt ---------------------------------------------------------------------

_SHARE = {
    # "Share this article", "Share", "Share on Facebook", "Click to share on X (Opens
    # in new window)", "Pin for later", "Help me spread the word about this podcast!"
    "en": (
        r"^\W*(share|share (this|the)( article| story| post| page| recipe| video| guide| blog)?( on| via)?|"
        r"share (on|via|to|with) "
        r".{1,40}|sharing is caring|click to share on .{1,60}|(please )?share (this|it) with (your )?"
        r"(friends|family|network)|pin (it |this )?(for later|now)|pin (it|this)|save (this|it) (to|on|for) "
        r"pinterest|tweet (this|it)|e-?mail (this|to a friend)|print (this|this article)?)\W*$",
        r"^\W*(please )?(help (me|us) )?spread the word\b.{0,80}$",
        r"^\W*(like|love|enjoy(ed)?) (this|it)( story| article| post| recipe)?\? (please )?share (it|this)\b.{0,80}$",
        # a referral pitch: "Love the Morning Brief? Tell your friends and earn a free month."
        r"^\W*(like|love|enjoy(ing)?|liked|loved|enjoyed) [^?]{1,60}\?\s+(tell|refer) (your|a) "
        r"(friends?|colleagues?)\b.{0,60}$",
    ),
    "de": (r"^\W*(teilen|artikel teilen|diesen (artikel|beitrag) teilen|jetzt teilen|teilen auf .{1,30})\W*$",),
    "fr": (r"^\W*(partager|partager (cet article|sur .{1,30})|partagez (cet article|sur .{1,30}))\W*$",),
    "es": (r"^\W*(compartir|compartir (en .{1,30}|este artículo|esta noticia)|comparte (este artículo|esta noticia))\W*$",),
    "it": (r"^\W*(condividi|condividi (questo articolo|su .{1,30}))\W*$",),
    "pt": (r"^\W*(compartilhar|partilhar|compartilhe (este artigo|esta matéria|esta notícia)|"
           r"compartilhar (no|na|em) .{1,30})\W*$",),
    "nl": (r"^\W*(delen|deel dit (artikel|bericht)|delen (op|via) .{1,30})\W*$",),
    "ru": (r"^\W*(поделиться|поделитесь (этой )?(статьей|новостью|материалом))\W*$",),
    "hi": (devanagari(r"^\W*(शेयर\s+करें|इसे\s+शेयर\s+करें|शेयर)\W*$"),),
}

SHARE_PROMPT = RegexRule(
    # Removes: what a share bar leaves behind as text: "Share this article",
    #   "Share", "Share on Facebook", "Click to share on X (Opens in new window)",
    #   "Pin for later", "Help me spread the word about this podcast!",
    #   "Teilen", "Partager cet article", "Поделиться", and the referral
    #   pitch "Love the Morning Brief? Tell your friends and earn a free month.".
    # Keeps: "Share prices fell 3% on Monday." and "Sharing the load: how
    #   couples split chores" (the label must be the whole line), and
    #   "Spread the word, the organisers urged" (reported speech).
    name="share_prompt",
    pattern=regex(*all_languages(_SHARE)),
    veto=REPORTED_SPEECH,
    max_chars=120,
)


# --- paywall_prompt -------------------------------------------------------------------

_PAYWALL = {
    # "This article is exclusive to STAT+ subscribers", "Already a subscriber? Log in",
    # "Subscribe to continue reading", "You have reached your limit of free articles."
    "en": (
        r"^(this|the rest of this) (article|story|content|post|piece|feature|report) is (exclusive(ly)? (to|for)|"
        r"only (available )?(to|for)|available (only )?(to|for)|reserved for|for) ([\w+&'’-]+ ){0,3}"
        r"(subscribers|members|premium members|paying readers)\b.{0,120}$",
        r"^already (a subscriber|a member|subscribed|have an account|registered)\s*\?\s*((log|sign) ?in( here)?|"
        r"click here)?\W*$",
        r"^(subscribe|sign up|log ?in|sign ?in|register)( now| today| for free)? to (continue|keep) reading\b.{0,100}$",
        r"^to (continue|keep) reading( this (article|story))?,? (please )?(subscribe|log ?in|sign ?in|register|"
        r"become a (member|subscriber))\b.{0,100}$",
        r"^you('ve| have) (reached|read|used) (your|all (of )?your|the) (limit|\d+ free|free (articles|stories))"
        r"\b.{0,120}$",
        r"^(unlock|get) (this|the full) (article|story)\b.{0,40}\b(subscri|member)\w*\b.{0,80}$",
        # "Become a member to read the rest of this story", and the box's heading
        # "What's included in your membership?"
        r"^(become|upgrade to) (a )?(paid |premium )?(subscriber|member)\b.{0,60}\bto (unlock|read|access|continue)\b"
        r".{0,120}$",
        r"^what['’]?s? (is )?included (in|with) (a|your|the|my) (paid )?(subscription|membership)\W*$",
    ),
    # "Dieser Artikel ist exklusiv für Abonnenten", "Bereits Abonnent? Hier anmelden"
    "de": (
        r"^(dieser|der) (artikel|inhalt|beitrag) ist (nur |exklusiv )*für ([\w+-]+ )?(abonnenten|abonnentinnen|"
        r"abonnent\*innen|mitglieder)\b.{0,100}$",
        r"^(bereits|schon) (abonnent|abonnentin|abonniert|registriert)\s*\?.{0,40}$",
    ),
    # "Cet article est réservé aux abonnés", "Déjà abonné ? Se connecter"
    "fr": (
        r"^(cet article|ce contenu|la suite de cet article) est réservée? aux abonnés\b.{0,100}$",
        r"^déjà abonnée?\s*\?.{0,40}$",
    ),
    # "Este artículo es exclusivo para suscriptores", "¿Ya eres suscriptor? Inicia sesión"
    "es": (
        r"^(este artículo|este contenido|esta noticia) es exclusiv[oa] para (suscriptores|socios|abonados)\b.{0,100}$",
        r"^¿?ya eres (suscriptor|socio|abonado)\s*\?.{0,40}$",
    ),
    # "Questo articolo è riservato agli abbonati", "Sei già abbonato? Accedi"
    "it": (
        r"^(questo articolo|questo contenuto) è riservato agli abbonati\b.{0,100}$",
        r"^sei già abbonat[oa]\s*\?.{0,40}$",
    ),
    # "Este conteúdo é exclusivo para assinantes", "Já é assinante? Faça login"
    "pt": (
        r"^(este conteúdo|esta matéria|este artigo) é exclusiv[oa] para assinantes\b.{0,100}$",
        r"^já é assinante\s*\?.{0,40}$",
    ),
    # "Dit artikel is alleen voor abonnees", "Al abonnee? Log in"
    "nl": (
        r"^dit (artikel|stuk|verhaal) is (alleen |exclusief )*(voor|beschikbaar voor) abonnees\b.{0,100}$",
        r"^(al|reeds) abonnee\s*\?.{0,40}$",
    ),
    # "Этот материал доступен только подписчикам"
    "ru": (r"^(этот|данный) (материал|текст|статья) доступ\w* только (для )?подписчик\w*\b.{0,100}$",),
}

PAYWALL_PROMPT = RegexRule(
    # Removes: the paywall's words left where the story stops: "This article is
    #   exclusive to STAT+ subscribers", "Already a subscriber? Log in",
    #   "Subscribe to continue reading", "Become a member to read the rest of
    #   this story", "What's included in your membership?", "Cet article est
    #   réservé aux abonnés".
    # Keeps: "The newspaper said the article is exclusive to subscribers"
    #   (reported, and not at the line's start), "Subscribers to the paper
    #   doubled", and long paragraphs.
    name="paywall_prompt",
    pattern=regex(*all_languages(_PAYWALL)),
    veto=REPORTED_SPEECH,
    max_chars=220,
)


# --- promo_cta -------------------------------------------------------------------------

_CTA = {
    # buttons of a product pitch, alone on their line: "Book a demo", "Get started
    # today", "Request a free quote", "Start your free trial", "Try it free"
    "en": (
        r"^\W*(book|request|schedule|get|claim|start|try|see|watch) (a |an |your |my |the )?(free |personali[sz]ed |"
        r"live |quick |\d+-day )?(demo|quote|trial|consultation|estimate|free trial)( today| now| here)?\W*$",
        r"^\W*get started( today| now| for free| free)\W*$",
        r"^\W*(start (your )?(free )?trial|sign up (free|for free)|try (it )?(for )?free|start for free|"
        r"talk to (sales|an expert|our experts?))( today| now)?\W*$",
        # the button with its slogan: "Tired of guesswork? Talk to our pension experts",
        #   "Talk to one of our cloud specialists today"
        r"^([^.!?\"“”]{0,60}[.!?]\s+)?\W*(talk|speak|chat) (to|with) (one of )?our( [\w&'’-]+){0,4} "
        r"(experts?|specialists?|advisors?|advisers?|consultants?|team)( today| now)?\W*$",
    ),
    "de": (r"^\W*(demo (buchen|anfragen|vereinbaren)|jetzt (kostenlos )?testen|kostenlos testen|angebot anfordern)\W*$",),
    "fr": (r"^\W*(demander une démo|réserver une démo|essayer gratuitement|demander un devis)\W*$",),
    "es": (r"^\W*(solicita una demo|reserva una demo|pruébalo gratis|prueba gratis|solicitar presupuesto)\W*$",),
}

PROMO_CTA = RegexRule(
    # Removes: call-to-action buttons of a company blog, alone on their line:
    #   "Book a demo", "Get started today", "Request a free quote", "Start your
    #   free trial", "Demo buchen", and the button with a one-sentence slogan:
    #   "Tired of guesswork? Talk to our pension experts".
    # Keeps: "Talk to our experts before you renovate, the guide advises"
    #   (more follows the button's words), "Get started" as a tutorial's section title (no "today", "now" or
    #   "for free"), "Request a quote from at least three builders before you
    #   decide." (a sentence, not a button), "Book a demo, the founder urged"
    #   (reported speech).
    name="promo_cta",
    pattern=regex(*all_languages(_CTA)),
    veto=REPORTED_SPEECH,
    max_chars=90,
)


# --- related_pointer -------------------------------------------------------------------

_RELATED = {
    # "Related: What is the crypto travel rule?", "Also read: ...", "You might also
    # like: ...", "Next article: Go wins award", "Related articles" (alone)
    "en": (
        r"^\W*(related|related (articles?|stories|story|posts?|reading|content|coverage|links?|videos?|guides?)|"
        r"also read|read also|read more|more reading|further reading|see also|also see|also on [\w .-]{1,30}|"
        r"you (may|might|will) also (like|enjoy|be interested in)|recommended (reading|for you|stories)|"
        r"more (on|about) this( story| topic)?|next (article|post|story)|previous (article|post|story)|"
        r"must read|editor'?s picks?|popular (posts|stories|articles)|see more|don'?t miss)\s*[:：|»›>\-–—]+\s*\S"
        r".{0,150}$",
        r"^\W*(related (articles|stories|posts|content|reading|videos|guides)|"
        r"(if you (liked|enjoyed) this (post|article|story|recipe),? )?you (may|might|will) also (like|enjoy)|"
        r"more (stories|articles|posts) (like this|from [\w .'’-]{1,40})|read next|recommended (for you|reading)|"
        r"keep reading|more from (the )?[\w .'’-]{1,30} blog|popular (posts|articles|stories)|most (read|popular)|"
        r"read more|read (the |our |my )?full (story|article|post|review|guide)|see more|view more|"
        r"load more( articles| posts| stories)?|explore further|don'?t miss|more|popular on [\w .'’-]{1,30})"
        r"\W*$",
    ),
    "de": (r"^\W*(lesen sie auch|auch interessant|mehr zum thema|weitere artikel|das könnte sie auch interessieren)"
           r"\s*[:：|»›>\-–—]*\s*.{0,150}$",),
    "fr": (r"^\W*(lire aussi|à lire aussi|voir aussi|sur le même sujet|à lire également)\s*[:：|»›>\-–—]*\s*.{0,150}$",),
    "es": (r"^\W*(lee también|te puede interesar|también te puede interesar|noticias relacionadas|lea también)"
           r"\s*[:：|»›>\-–—]*\s*.{0,150}$",),
    "it": (r"^\W*(leggi anche|potrebbe interessarti|articoli correlati)\s*[:：|»›>\-–—]*\s*.{0,150}$",),
    "pt": (r"^\W*(leia também|veja também|leia mais|notícias relacionadas)\s*[:：|»›>\-–—]+\s*\S.{0,150}$",),
    "nl": (r"^\W*(lees ook|ook interessant|meer over dit onderwerp)\s*[:：|»›>\-–—]*\s*.{0,150}$",),
    "ru": (r"^\W*(читайте также|по теме|смотрите также|читайте еще|читайте ещё)\s*[:：|»›>\-–—]*\s*.{0,150}$",),
    "hi": (devanagari(r"^\W*(यह\s+भी\s+पढ़ें|ये\s+भी\s+पढ़ें|इसे\s+भी\s+पढ़ें)\s*[:：|»›>\-–—]*\s*.{0,150}$"),),
}

RELATED_POINTER = RegexRule(
    # Removes: a pointer to another story set into the text: "Related: What is
    #   the crypto travel rule?", "Also read: ...", "You might also like: The
    #   challenges of palm oil", "Next article: Go wins award", a "Related
    #   articles" heading alone, a teaser's "Read more" or "Load more" link alone, "Lesen Sie auch: ...", "Читайте также: ...".
    # Keeps: sentences that only start with the words: "Related coverage of
    #   the trial continues tomorrow." and "Read more widely, the author
    #   advises." (no separator after the label), "Up next: Spain on
    #   Thursday" (a match report's line, not a label we take), and
    #   "Recommended: Anker PowerCore 10000" (a buying guide's own pick).
    name="related_pointer",
    pattern=regex(*all_languages(_RELATED)),
    veto=REPORTED_SPEECH,
    max_chars=200,
)

# --- promo_donation -------------------------------------------------------------------

_DONATION = {
    # "This story is funded by readers like you", "Support independent journalism",
    # "Your one-off or monthly donations play a vital role ...", "Donate now"
    "en": (
        r"^(this (story|article|journalism|reporting|work|site|website|podcast|newsletter|coverage) is|we are|"
        r"we're|our (journalism|reporting|work) is) (\w+ )?(funded|made possible|supported|powered|paid for) by "
        r"(readers|listeners|viewers|members|supporters|people) like you\b.{0,200}$",
        r"^(please )?(support|fund|back) (our|independent|quality|local|nonprofit|non-profit|public-interest) "
        r"(\w+ )?(journalism|reporting|newsroom|news|work)\b.{0,200}$",
        r"^(make a|your) (one-off |one-time |monthly |recurring |tax-deductible |small )?(or monthly )?"
        r"(donation|contribution|gift)s? (of any size )?(today |now )?(help|helps|will help|supports?|keeps?|"
        r"makes?|plays?|allows?|ensures?)\b.{0,200}$",
        r"^(donate|give|contribute|chip in|become a (member|supporter|patron|sustaining member|donor))"
        r"( now| today| here| monthly| once)?\W*$",
        r"^if you (value|appreciate|enjoy|rely on|like) (our|this|the|what we do|independent) ?(\w+ )?"
        r"(journalism|reporting|work|coverage|content)?\b.{0,40}\b(consider )?(supporting|donating|"
        r"becoming a (member|supporter|patron)|making a (donation|contribution))\b.{0,200}$",
        r"^our (non-?profit|independent|reader-funded) newsroom\b.{0,200}\b(donat|support|free of charge|"
        r"contribut|paywall)\w*\b.{0,200}$",
    ),
    # "Unterstützen Sie unabhängigen Journalismus", "Jetzt spenden"
    "de": (
        r"^(jetzt )?(unterstützen sie|unterstütze) (unabhängigen|unseren|guten|lokalen) journalismus\b.{0,200}$",
        r"^(jetzt )?spenden\W*$",
    ),
    # "Soutenez le journalisme indépendant", "Faire un don"
    "fr": (r"^(soutenez|soutenir) (le journalisme indépendant|notre rédaction|notre journalisme)\b.{0,200}$",
           r"^(faire un don|je fais un don|faites un don)\W*$"),
    # "Apoya el periodismo independiente", "Haz una donación"
    "es": (r"^(apoya|apoye) (el periodismo (independiente|de calidad)|nuestro periodismo)\b.{0,200}$",
           r"^(haz|haga) una donación\W*$"),
    # "Sostieni il giornalismo indipendente"
    "it": (r"^(sostieni|sostenete) (il giornalismo (indipendente|di qualità)|la nostra redazione)\b.{0,200}$",),
    # "Apoie o jornalismo independente"
    "pt": (r"^(apoie|apoia) (o jornalismo (independente|de qualidade)|nosso jornalismo)\b.{0,200}$",),
    # "Steun onafhankelijke journalistiek"
    "nl": (r"^(steun|steunt u) (onafhankelijke|onze|goede) journalistiek\b.{0,200}$",),
    # "Поддержите независимую журналистику"
    "ru": (r"^поддержите (независимую журналистику|нашу редакцию|нас|редакцию)\b.{0,200}$",),
}

PROMO_DONATION = RegexRule(
    # Removes: the appeal for money closing a story: "This story is funded by
    #   readers like you", "Support independent journalism", "Your one-off or
    #   monthly donations play a vital role in keeping our work free",
    #   "Donate now", "Unterstützen Sie unabhängigen Journalismus".
    # Keeps: reports about donations ("Donations help fund 40 nurses, the
    #   charity said" is reported speech; "Support for independent journalism
    #   fell, a survey found" does not open with the appeal), long paragraphs.
    name="promo_donation",
    pattern=regex(*all_languages(_DONATION)),
    veto=REPORTED_SPEECH,
    max_chars=300,
)

# --- advertise_pitch -------------------------------------------------------------------

_ADVERTISE = (
    # "Advertise with us", "Want to advertise in the Morning Brief?", "Reach 40,000 readers.
    # See our sponsorship options and rates.", "If your brand wants to reach our readers,
    # partner with us."
    r"^\W*(advertise with us|advertise here|advertising opportunities|become a sponsor|sponsor us|"
    r"sponsor (this|our|the) (newsletter|podcast|blog|site|show)|collaborate with us|partner with us)\W*$",
    r"^\W*((want|looking|would you like) to|interested in) (advertis\w*|sponsor\w*|partner\w*)\b[^.!?]{0,80}\?\W*$",
    r"^([^.!?\"“”]{0,60}[.!?]\s+)?(explore|see|view|check out|discover) (our )?(sponsorship|advertising|partnership) "
    r"(opportunities|options|packages|rates)\b.{0,200}$",
    r"^if (your (company|brand|business|organi[sz]ation)|you) (is |are )?(interested in|want to|wants to|looking to|"
    r"would like to) (reach|reaching|advertis\w*|sponsor\w*)\b.{0,120}\b(advertis|sponsor|partner)\w*"
    r" (with|us)\b.{0,60}$",
)

ADVERTISE_PITCH = RegexRule(
    # Removes: a newsletter's or blog's pitch to advertisers, in its last
    #   six lines: "Advertise with us", "Want to advertise in the Morning
    #   Brief?", "Reach 40,000 readers. See our sponsorship options and
    #   rates.", "If your brand wants to reach our readers, partner with us."
    # Keeps: reporting on advertising ("Advertisers want to reach younger
    #   readers, the survey found."), sentences that only start the same way
    #   ("Partner with us on the harbour clean-up, the council urged" is
    #   reported; "Explore sponsorship deals the club signed in 2019" has no
    #   opportunities/options), and the same words further up the text.
    name="advertise_pitch",
    pattern=regex(*_ADVERTISE),
    veto=REPORTED_SPEECH,
    max_chars=300,
    tail=6,
)

# --- shop_promo ------------------------------------------------------------------------

# An order threshold: "$50", "65€ or more", "$60 CAD+", "R$670", "MX$1,320", "₹11,230", "900kr or more"
_CURRENCY = "$€£¥₩₪₹₽₺₫฿"
_AMOUNT = rf"([a-z]{{0,3}}[{_CURRENCY}])?\d[\d.,]*\s?([{_CURRENCY}]|kr|[a-z]{{3}})?\s?(\+|or more)?"

_SHOP = {
    # "Score free shipping on qualifying orders!", "Free delivery on all orders over
    # $50.", "... Just sign up and use code GET5K. Terms apply."
    "en": (
        r"^\W*((get|enjoy|score|plus|and) )?(free|complimentary) (standard |ground |express |uk |us )?"
        r"(shipping|delivery|returns)( (and|&) (free )?returns)? on (all |qualifying |eligible |selected |select |"
        rf"most )?(orders|purchases|items)( (over|above|of|from))?( {_AMOUNT})?\s*([.!]|$).{{0,300}}$",
        r"^.{0,300}[.!?]\s+\*?\s*(terms|t&cs|t&c|restrictions|exclusions|conditions) (and conditions )?apply\.?\W*$",
    ),
    # "Kostenloser Versand ab 50 €", "Livraison gratuite dès 65 €", "Envío gratis en pedidos ..."
    "de": (r"^\W*(kostenloser|gratis|versandkostenfreier?) (versand|lieferung)( ab| für alle| innerhalb)\b.{0,200}$",),
    "fr": (rf"^\W*livraison (gratuite|offerte)\s*((dès|à partir de|sur|pour)\b|[\d{_CURRENCY}]).{{0,200}}$",),
    "es": (r"^\W*envío (gratis|gratuito)( en| a partir de| desde| para)\b.{0,200}$",),
}

SHOP_PROMO = RegexRule(
    # Removes: a shop's offer banner left in the text of its blog or
    #   newsletter: "Score free shipping on qualifying orders! For more
    #   information on shipping rates, visit our international page", "Free
    #   delivery on all orders over $50.", an ad ending in "Terms apply.",
    #   "Kostenloser Versand ab 50 €", "Livraison gratuite dès 65 €".
    # Keeps: reporting on shipping offers ("Amazon began offering free shipping
    #   on orders over $25 in 2002.", "Free shipping on all orders pushed the
    #   retailer's costs up 20%" (the offer is not the whole clause),
    #   "Livraison gratuite et retours faciles ont fait le succès du site"
    #   (no threshold follows)), and "terms apply" inside a sentence.
    name="shop_promo",
    pattern=regex(*all_languages(_SHOP)),
    veto=REPORTED_SPEECH,
    max_chars=400,
)

# --- event_promo -----------------------------------------------------------------------

_EVENT = {
    # "Meet Harbourline at the Retail Tech Summit in Lisbon on 4 March.", "Visit us at
    # booth B12", "Join our team at Web Expo, stand 42"
    "en": (
        r"^\W*(come (and )?)?(meet|visit|see|find|join) (us|our team|the team|(?-i:[A-Z][\w-]+)( team)?) at "
        r"(the )?(?-i:[A-Z0-9])[^.!?]{0,80}?\b(on (\d{1,2}(st|nd|rd|th)? \w+|\w+ \d{1,2}(st|nd|rd|th)?)|"
        r"booth|stand|hall)\b[^.!?]{0,60}[.!]?\W*$",
        r"^\W*(come (and )?)?(meet|visit|see|find|join) (us|our team|the team) at (booth|stand|hall) \S{1,10}"
        r"[^.!?]{0,80}[.!]?\W*$",
    ),
    # "Besuchen Sie uns auf der Retail Expo, Stand B12", "Retrouvez-nous au salon X, stand 42"
    "de": (r"^\W*(besuchen sie uns|treffen sie uns) (auf|an|bei) (der|dem|den)? ?[^.!?]{0,80}\b(stand|halle)\b"
           r"[^.!?]{0,40}[.!]?\W*$",),
    "fr": (r"^\W*(retrouvez-nous|rencontrez-nous|venez nous (voir|rencontrer)) (au|à|sur) [^.!?]{0,80}\b"
           r"(stand|hall)\b[^.!?]{0,40}[.!]?\W*$",),
}

EVENT_PROMO = RegexRule(
    # Removes: a company blog's invitation to its stand at a fair, alone on its
    #   line: "Meet Harbourline at the Retail Tech Summit in Lisbon on 4
    #   March.", "Visit us at booth B12 at Web Expo", "Besuchen Sie uns auf der
    #   Retail Expo, Stand B12".
    # Keeps: the same verbs in a story ("Meet Maria at the Harbour Cafe, where
    #   she has worked since 1998." has no date, stand or booth; "Visit us at
    #   the town hall on 3 May, the council urged." is reported), and
    #   sentences that go on.
    name="event_promo",
    pattern=regex(*all_languages(_EVENT)),
    veto=REPORTED_SPEECH,
    max_chars=200,
)

# --- tip_line --------------------------------------------------------------------------

_TIP = {
    # "Share your story", "Got a news tip? Email tips@harbourpost.example",
    # "Have a story idea? Send it to the newsroom", "Send us your tips"
    "en": (
        r"^\W*share your (story|stories|tips?|news tips?|photos?( and videos?)?)\W*$",
        r"^\W*((have you )?got|have|do you have) a (news )?(tip|story idea|story to share)\s*\?.{0,200}$",
        r"^\W*send us (your )?(news )?(tips|a tip|story ideas)\s*([.!:]|$|(at|to|via|by|on) ).{0,200}$",
    ),
    # "Haben Sie einen Hinweis für uns?", "Vous avez une info ? Écrivez-nous"
    "de": (r"^\W*(haben sie|hast du) (einen hinweis|eine geschichte|ein thema) für uns\s*\?.{0,200}$",),
    "fr": (r"^\W*vous avez une (info|information|histoire) (à nous (signaler|raconter|partager))?\s*\?.{0,200}$",),
    "es": (r"^\W*¿?(tienes|tiene) (una )?(pista|historia|información) (que contar|para nosotros)\s*\?.{0,200}$",),
}

TIP_LINE = RegexRule(
    # Removes: a newsroom's ask for tips, as a heading or one line: "Share your
    #   story", "Got a news tip? Email tips@harbourpost.example", "Have a
    #   story idea? Send it to the newsroom.", "Haben Sie einen Hinweis für
    #   uns?".
    # Keeps: questions a story asks ("Have a story to share about the flood?
    #   the mayor asked survivors" is reported), "Share your story with the
    #   panel, the inquiry told witnesses" (the ask must be the whole line),
    #   and sentences that only start alike ("Send us your tips and tricks
    #   for the garden" goes on after "tips").
    name="tip_line",
    pattern=regex(*all_languages(_TIP)),
    veto=REPORTED_SPEECH,
    max_chars=250,
)

# --- closing_pitch -------------------------------------------------------------------

# The line's start, and "If you need help with X, " before the pitch
_IF_YOU_NEED = {
    "en": r"^\W*(if you (need|want|would like|are looking for|have (any )?questions)\b[^.!?]{0,160},\s*)?(please )?",
    "de": r"^\W*((wenn|falls) sie [^.!?]{0,160},\s*)?",
    "fr": r"^\W*(si vous [^.!?]{0,160},\s*)?",
    "es": r"^\W*(si (necesitas|necesita|buscas|busca|tienes|tiene) [^.!?]{0,160},\s*)?",
    "it": r"^\W*(se (hai|avete|ha|cerchi|cercate|cerca) [^.!?]{0,160},\s*)?",
    "pt": r"^\W*(se (você )?(precisa|procura|tiver|tem) [^.!?]{0,160},\s*)?",
    "nl": r"^\W*(als (u|je) [^.!?]{0,160},\s*)?",
    "ru": r"^\W*(если (вам|вы) [^.!?]{0,160},\s*)?",
}
_PITCH = {
    # a company blog's last word: "If you need advice on software, do not hesitate to
    # reach out to Acme. We have experts ...", "To get started, request a quote here ..."
    "en": (
        _IF_YOU_NEED["en"] + r"(do not|don['’]t|never) hesitate to (contact|reach out|get in touch|call|email|talk)"
        r"\b(?=.*\b(us|our|we|we['’]re)\b)",
        r"^\W*(to get started|ready to get started\?|want to get started\?)\W*\s*(simply |just )?(request|get|book|"
        r"schedule|contact|call|reach out)\b.{0,40}\b(quote|demo|consultation|estimate|call|us)\b",
    ),
    "de": (_IF_YOU_NEED["de"] + r"(zögern sie nicht|zögere nicht),? (uns )?(zu kontaktieren|kontakt|anzurufen|"
                                r"zu schreiben|mit uns)",),
    "fr": (_IF_YOU_NEED["fr"] + r"n['’]hésitez pas à (nous contacter|nous écrire|nous appeler|prendre contact)",),
    "es": (_IF_YOU_NEED["es"] + r"no (dude|dudes|duden) en (contactarnos|contactar con nosotros|llamarnos|"
                                r"escribirnos|ponerse en contacto con nosotros|ponerte en contacto con nosotros)",),
    "it": (_IF_YOU_NEED["it"] + r"non (esitare|esitate) a (contattarci|chiamarci|scriverci)",),
    "pt": (_IF_YOU_NEED["pt"] + r"não hesite em (nos contatar|nos contactar|entrar em contato conosco|nos ligar)",),
    "nl": (_IF_YOU_NEED["nl"] + r"aarzel niet om (contact met ons op te nemen|ons te bellen|ons te mailen)",),
    "ru": (_IF_YOU_NEED["ru"] + r"не стесняйтесь (обращаться к нам|связаться с нами|написать нам|звонить нам)",),
    "hi": (devanagari(r"^\W*(कृपया )?(हमसे )?संपर्क करने में (संकोच|झिझक) न करें"),),
}

CLOSING_PITCH = RegexRule(
    # Removes: a company blog's sales pitch in its last two lines, however
    #   long: "If you need guidance on software development, do not hesitate
    #   to reach out to Acme. We have experts ...", "To get started, request
    #   a quote here and our team will get right back to you.", "N'hésitez
    #   pas à nous contacter", "Zögern Sie nicht, uns zu kontaktieren".
    # Keeps: advice to contact someone else ("If you are struggling, don't
    #   hesitate to contact the 988 Lifeline." has no us/our/we), the words
    #   inside a paragraph ("... If you have questions, don't hesitate to
    #   contact her at ..." does not open the line), reported speech, and
    #   the same pitch higher up.
    name="closing_pitch",
    pattern=regex(*all_languages(_PITCH)),
    veto=REPORTED_SPEECH,
    max_chars=900,
    tail=2,
)


# --- premium_pitch -------------------------------------------------------------------

_PREMIUM = (
    # "Invest better with The Fool. Get stock recommendations, portfolio guidance, and
    #   more from The Fool's premium services." (one slogan sentence may lead)
    r"^([^.!?]{0,60}[.!]\s+)?\W*(get|unlock|enjoy) [^.!?]{0,100}\band more (from|with) [^.!?]{0,60}"
    r"\b(premium|paid|pro|plus|members?['’]?|subscriber['’]?s?) (services?|membership|subscriptions?|plans?|"
    r"features|content|tools)\W*$",
)

PREMIUM_PITCH = RegexRule(
    # Removes: the publisher's house ad for its paid tier: "Invest better
    #   with The Fool. Get stock recommendations, portfolio guidance, and more
    #   from The Fool's premium services.", "Unlock expert picks and more with
    #   Harbour Plus membership."
    # Keeps: reporting on paid tiers ("Users can unlock offline maps with the
    #   premium plan, which costs $5." does not say "and more"), and sentences
    #   that go on after the offer.
    name="premium_pitch",
    pattern=regex(*_PREMIUM),
    veto=REPORTED_SPEECH,
    max_chars=260,
)


RULES = (
    SOURCE_LINK,
    PROMO_CHANNEL,
    PROMO_SOCIAL,
    PROMO_MORE_NEWS,
    PROMO_NEWSLETTER,
    PROMO_APP,
    AFFILIATE_DISCLOSURE,
    AD_LABEL,
    SHARE_PROMPT,
    PAYWALL_PROMPT,
    PROMO_CTA,
    RELATED_POINTER,
    PROMO_DONATION,
    ADVERTISE_PITCH,
    SHOP_PROMO,
    EVENT_PROMO,
    TIP_LINE,
    CLOSING_PITCH,
    PREMIUM_PITCH,
)
