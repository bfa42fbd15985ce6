"""Cookie and consent banners that survive extraction.

A line goes only when it *opens* like a banner and carries a consent cue,
or is nothing but the banner's opening sentence, or nothing but consent
buttons; and it is short. "cookies" alone never removes a line: articles
about cookie law, tracking or baking must survive, and so must a reporter
quoting a banner inside a longer sentence.

Patterns are listed per language (en, de, fr, es, it, pt, nl, ru, hi) in
three kinds:
  openers  - how a banner's first sentence starts ("This website uses cookies");
             removed with a consent cue after it, or when the line is that
             sentence alone;
  complete - sentences that are banners by themselves ("By continuing to
             browse you agree to our use of cookies");
  buttons  - rows made only of consent buttons.
"""

from cleaners.base import RegexRule, all_languages, regex
from cleaners.rules.vocab import REPORTED_SPEECH, devanagari


def _banner(openers: tuple[str, ...], cue: str) -> tuple[str, ...]:
    """Each opener, followed either by nothing but punctuation (the banner's
    heading alone on its line) or, within the line, by a consent cue."""
    return tuple(rf"{opener}(?:\W*$|.{{0,400}}?{cue})" for opener in openers)


def _buttons(accept: str, other: str, filler: str) -> str:
    """A line made only of button labels, with an accept button and a
    reject/settings/cookies one: "Accept all cookies Reject". (The labels-only
    test comes first: it fails at the first word of a normal sentence.)"""
    return (
        rf"^(?=(?:\W*\b(?:{accept}|{other}|{filler})\b)+\W*$)"
        rf"(?=.{{0,160}}?\b({accept})\b)(?=.{{0,160}}?\b({other})\b)"
    )


# "cookie" as Russian banners write it, in Latin or Cyrillic letters
_COOKIE_RU = r"(cookies?|куки|кукис)"

# What follows a banner's opening sentence, by language: accept/settings
# buttons, "learn more", the purposes it names.
_CUE = {
    "en": (
        r"\b(accept|agree|consent|opt[- ]?out|continu\w* (to )?(use|brows)|"
        r"experience|personali[sz]|analy[sz]|advertis|preferences|settings|"
        r"privacy (policy|notice|statement)|cookie (policy|notice|statement)|"
        r"learn more|read more|more info|find out more|ok\b|got it)"
    ),
    "de": (
        r"(akzeptier|zustimm|stimmen sie|einverstanden|einwillig|datenschutz|"
        r"mehr (erfahren|infos?|informationen)|weitere informationen|einstellungen|anpassen|"
        r"erlebnis|erfahrung|personalisier|analy|werb|ablehnen|\bok\b|verstanden)"
    ),
    "fr": (
        r"\b(accept|consent|paramétr|paramètres|personnalis|expérience|mesure d['’]audience|"
        r"statistiques|publicit|en savoir plus|politique de (confidentialité|cookies)|refuser|"
        r"gérer|continuer sans|ok\b|j['’]accepte|d['’]accord)"
    ),
    "es": (
        r"\b(acept|consent|configur|personaliz|experiencia|analí|analiz|estadístic|publicidad|"
        r"publicitari|más información|mas información|leer más|saber más|política de (cookies|privacidad)|"
        r"rechaz|preferencias|ajustes|contin[uú]a navegando|sigue navegando)"
    ),
    "it": (
        r"\b(accett|consens|acconsent|personalizz|esperienza|statistic|analisi|pubblicit|"
        r"maggiori informazioni|scopri di più|leggi di più|informativa|privacy|rifiut|preferenze|"
        r"impostazioni|proseguendo|continuando|chiudendo)"
    ),
    "pt": (
        r"\b(aceit|concord|consent|personaliz|experiência|experiencia|anális|analis|estatístic|"
        r"publicidade|publicitári|saiba mais|leia mais|política de (privacidade|cookies)|rejeit|recus|"
        r"preferências|configura|ao continuar|continuar navegando|ok\b|entendi)"
    ),
    "nl": (
        r"(accept|akkoord|toestemming|instellingen|voorkeuren|personalis|ervaring|analy|statistie|"
        r"advertent|lees meer|meer (informatie|info|weten)|privacy|cookiebeleid|cookieverklaring|weiger|"
        r"ga verder|\bprima\b|\bok\b)"
    ),
    "ru": (
        r"(принять|принимаю|соглас|соглаша|политик\w* (конфиденциальности|обработки|использования)|"
        r"подробнее|узнать больше|настро|персонализ|удобств|улучшени|аналитик|статистик|рекла|"
        r"отказ|отклонить|понятно|хорошо|\bок\b|\bok\b|персональных данных)"
    ),
    "hi": (
        r"(स्वीकार|सहमत|सहमति|अनुभव|गोपनीयता|प्राइवेसी|अधिक\s+जान|और\s+जान|सेटिंग|अस्वीकार|"
        r"ठीक\s+है|accept|agree|ok\b|learn more|privacy)"
    ),
}

_BANNER = {
    # Removes: "This website uses cookies to improve your experience. We'll assume
    #   you're ok with this, but you can opt-out if you wish. Accept Read More"
    #   "We use cookies to personalise content and ads. Cookie settings Accept all"
    #   "We value your privacy. We and our partners store and/or access information
    #   on a device, such as cookies ..."   "Accept all cookies Reject"
    # Keeps: "The regulator said the website uses cookies without asking first."
    #   (does not open like a banner); "We value your privacy, the company said
    #   after the breach." (no banner continuation); a 500-character paragraph
    #   that opens "We use cookies ..." (max_chars).
    "en": _banner(
        (
            r"^(this|our) (web ?)?(site|page|portal) (uses|is using|use|may use) ([\w-]+ ){0,2}cookies\b",
            r"^we( and our ([\w-]+ )?(partners|vendors))? (use|are using|may use|store|set) ([\w-]+ ){0,2}cookies\b",
            r"^(we|this (web ?)?site) (use|uses) (cookies and )?(similar )?(technologies|tracking)\b",
            r"^cookies help us (deliver|provide|improve|give)\b",
        ),
        _CUE["en"],
    ) + (
        r"^by (continuing|clicking|using|browsing)\b.{0,60}\b(you )?(agree|accept|consent)\b.{0,60}\bcookies\b",
        r"^to (give|provide|offer) you the best (possible )?(experience|service)\b.{0,60}\b"
        r"(we|this (web ?)?site) (use|uses) cookies\b",
        r"^we value your privacy\W*$",
        r"^we value your privacy\W+(we|this|our|by)\b.{0,400}\b(cookies?|partners|consent|personal data|device)\b",
        r"^we and our (\d+ |[\w-]+ )?(partners|vendors)\b.{0,60}\b(store|access|process|use)\b.{0,80}\b"
        r"(cookies?|device|personal data|identifiers)\b",
        r"^(cookies? (policy|settings|preferences|consent|notice|statement|declaration)|"
        r"manage (cookie )?(preferences|consent|cookies))"
        r"(\W+(accept|reject|decline|allow|deny|save|ok|all|cookies|settings|preferences)\b)*\W*$",
        _buttons(
            r"accept|allow|agree|ok",
            r"reject|decline|deny|cookies?|settings|preferences|manage|customi[sz]e",
            r"all|only|necessary|essential|required|and|close|save|my|choices|i|more|options|read|learn",
        ),
    ),
    # Removes: "Diese Website verwendet Cookies, um Ihnen das beste Nutzererlebnis zu
    #   bieten. Akzeptieren"  "Wir verwenden Cookies und ähnliche Technologien ...
    #   Mehr erfahren"  "Alle akzeptieren Ablehnen Einstellungen"
    # Keeps: "Das Gericht stellte fest, dass die Website Cookies ohne Einwilligung
    #   setzte." (no banner opener)
    "de": _banner(
        (
            r"^(diese|unsere) (web)?(seite|site|website|webseite|internetseite|homepage|plattform) "
            r"(verwendet|nutzt|benutzt|setzt|speichert) ([\w-]+ ){0,3}cookies\b",
            r"^wir( und unsere partner)? (verwenden|nutzen|benutzen|setzen|speichern) ([\w-]+ ){0,3}cookies\b",
        ),
        _CUE["de"],
    ) + (
        r"^um (unsere|diese|die) (web)?(seite|site|website|webseite)\b.{0,120}\b"
        r"(verwenden|nutzen|setzen) wir cookies\b",
        r"^(durch|mit) (die |der )?(weitere |fortgesetzte )?(nutzung|benutzung|verwendung|besuch)\b.{0,80}\b"
        r"(stimmen sie|akzeptieren sie|erklären sie sich)\b.{0,80}\bcookies\b",
        r"^wenn sie (die|diese|unsere) (web)?(seite|site|website|webseite)\b.{0,60}\b"
        r"(stimmen sie|akzeptieren sie|erklären sie sich)\b.{0,80}\bcookies\b",
        r"^(cookie-?einstellungen|cookie-?richtlinie|datenschutzeinstellungen)"
        r"(\W+(alle|akzeptieren|ablehnen|speichern|zulassen)\b)*\W*$",
        _buttons(
            r"akzeptieren|zulassen|erlauben|zustimmen|einverstanden|ok",
            r"ablehnen|cookies?|einstellungen|cookie-einstellungen|anpassen|verwalten|optionen",
            r"alle|nur|notwendige|essenzielle|erforderliche|und|schließen|weiter|speichern|auswahl|mehr|ich|bin",
        ),
    ),
    # Removes: "Ce site utilise des cookies pour améliorer votre expérience. Accepter"
    #   "Nous et nos partenaires utilisons des cookies ... Tout accepter"
    #   "En poursuivant votre navigation, vous acceptez l'utilisation de cookies."
    # Keeps: "La CNIL reproche au site d'utiliser des cookies sans consentement."
    "fr": _banner(
        (
            r"^(ce|notre) site( web| internet)? (utilise|emploie|dépose|a recours à|fait usage de) "
            r"(des |les )?([\w-]+ )?(cookies|traceurs)\b",
            r"^nous( et nos partenaires)? (utilisons|déposons|stockons|employons) (des |les )?([\w-]+ )?"
            r"(cookies|traceurs)\b",
        ),
        _CUE["fr"],
    ) + (
        r"^(en|si vous) (poursuivant|continuant|naviguant|cliquant|utilisant|poursuivez|continuez)\b.{0,80}\b"
        r"(acceptez|consentez|accepter)\b.{0,80}\b(cookies|traceurs)\b",
        r"^(continuer sans accepter|paramétrer les cookies|gérer les cookies|paramètres des cookies)"
        r"(\W+(tout|accepter|refuser|continuer|sans|paramétrer)\b)*\W*$",
        _buttons(
            r"accepter|accepte|autoriser|ok",
            r"refuser|cookies?|paramétrer|paramètres|personnaliser|gérer|préférences",
            r"tout|tous|et|fermer|les|mes|choix|sans|continuer|j|je|plus|en|savoir",
        ),
    ),
    # Removes: "Este sitio web utiliza cookies para mejorar su experiencia. Aceptar"
    #   "Utilizamos cookies propias y de terceros ... Más información"
    #   "Si continúa navegando, consideramos que acepta su uso."
    # Keeps: "La AEPD multó al diario porque su web utilizaba cookies sin permiso."
    "es": _banner(
        (
            r"^(este|nuestro) (sitio( web)?|portal|web|página( web)?) (utiliza|usa|emplea) ([\w-]+ ){0,3}cookies\b",
            r"^esta (web|página( web)?) (utiliza|usa|emplea) ([\w-]+ ){0,3}cookies\b",
            r"^(utilizamos|usamos|empleamos) ([\w-]+ ){0,3}cookies\b",
        ),
        _CUE["es"],
    ) + (
        r"^si (continúa|continua|continúas|continuas|sigue|sigues) navegando\b.{0,80}\b"
        r"(acepta|aceptas|consiente|consientes|consideramos|entendemos)\b",
        r"^al (continuar|seguir|navegar|hacer clic|utilizar|usar)\b.{0,80}\b"
        r"(acepta|aceptas|consiente|consientes|aceptando)\b.{0,80}\bcookies\b",
        r"^(configuración de cookies|configurar cookies|política de cookies)"
        r"(\W+(aceptar|rechazar|todas|guardar)\b)*\W*$",
        _buttons(
            r"aceptar|acepto|permitir|ok",
            r"rechazar|cookies?|configurar|configuración|ajustes|preferencias|personalizar",
            r"todas|todo|y|las|cerrar|de|solo|necesarias|seguir|continuar|sin|más|información",
        ),
    ),
    # Removes: "Questo sito utilizza cookie tecnici e di profilazione. Accetta"
    #   "Noi e terze parti selezionate utilizziamo cookie o tecnologie simili ..."
    #   "Chiudendo questo banner acconsenti all'uso dei cookie."
    # Keeps: "Il Garante ha sanzionato il sito che utilizzava cookie senza consenso."
    "it": _banner(
        (
            r"^(questo|il nostro) sito( web| internet)? (utilizza|usa|impiega|fa uso di) ([\w'’-]+ ){0,4}cookies?\b",
            r"^(utilizziamo|usiamo) ([\w'’-]+ ){0,3}cookies?\b",
        ),
        _CUE["it"],
    ) + (
        r"^noi e (terze parti selezionate|i nostri partner)\b.{0,40}\b(utilizziamo|usiamo)\b.{0,40}\b"
        r"(cookies?|tecnologie simili)\b",
        r"^(chiudendo|proseguendo|continuando|scorrendo|cliccando)\b.{0,120}\b"
        r"(acconsenti|accetti|acconsente|accetta)\b.{0,80}\bcookies?\b",
        r"^(impostazioni (dei )?cookies?|gestisci (i )?cookies?|cookie policy)"
        r"(\W+(accetta|rifiuta|tutti|salva)\b)*\W*$",
        _buttons(
            r"accetta|accetto|acconsento|consenti|ok",
            r"rifiuta|cookies?|impostazioni|preferenze|personalizza|gestisci",
            r"tutti|tutto|tutte|e|chiudi|continua|senza|accettare|i|solo|necessari|di|più|scopri",
        ),
    ),
    # Removes: "Este site utiliza cookies para melhorar a sua experiência. Aceitar"
    #   "Utilizamos cookies essenciais ... ao continuar navegando, você concorda ..."
    #   "Aceitar todos Rejeitar"
    # Keeps: "A ANPD investiga se o portal usava cookies sem o consentimento dos leitores."
    "pt": _banner(
        (
            r"^(este|esse|o nosso|nosso) (site|sítio|website|portal)( web)? (utiliza|usa|armazena) "
            r"([\w-]+ ){0,3}cookies\b",
            r"^(nós )?(utilizamos|usamos) ([\w-]+ ){0,3}cookies\b",
        ),
        _CUE["pt"],
    ) + (
        r"^ao (continuar|navegar|utilizar|usar|clicar|prosseguir)\b.{0,80}\b(concorda|aceita|consente)\b"
        r".{0,80}\bcookies\b",
        r"^(configurações de cookies|definições de cookies|gerir cookies|política de cookies)"
        r"(\W+(aceitar|rejeitar|todos|guardar|salvar)\b)*\W*$",
        _buttons(
            r"aceitar|aceito|concordo|permitir|ok",
            r"rejeitar|recusar|cookies?|configurações|configurar|definições|preferências|personalizar|gerir|gerenciar",
            r"todos|tudo|e|fechar|os|apenas|necessários|continuar|sem|saiba|mais",
        ),
    ),
    # Removes: "Deze website gebruikt cookies om je de beste ervaring te bieden. Accepteren"
    #   "Wij maken gebruik van cookies ... Akkoord"  "Alles accepteren Weigeren"
    # Keeps: "De toezichthouder stelde vast dat de website cookies plaatste zonder toestemming."
    "nl": _banner(
        (
            r"^(deze|onze) (web)?(site|website|webwinkel) (gebruikt|maakt gebruik van|plaatst) ([\w-]+ ){0,3}cookies\b",
            r"^(wij|we)( en (onze )?(derde partijen|partners))? (gebruiken|plaatsen|maken gebruik van) "
            r"([\w-]+ ){0,3}cookies\b",
        ),
        _CUE["nl"],
    ) + (
        r"^om (je|u) (de beste|een optimale|een goede|een betere)\b.{0,80}\b(gebruiken|plaatsen) (wij|we)\b"
        r".{0,40}\bcookies\b",
        r"^door (verder te gaan|gebruik te maken|deze (website|site) te (gebruiken|bezoeken)|op .{1,30} te klikken)\b"
        r".{0,80}\b(ga je|gaat u|stem je|stemt u|akkoord)\b.{0,80}\bcookies\b",
        r"^(cookie-?instellingen|cookievoorkeuren|cookiebeleid)(\W+(alles|accepteren|weigeren|opslaan)\b)*\W*$",
        _buttons(
            r"accepteren|accepteer|akkoord|toestaan|ok|prima",
            r"weigeren|cookies?|instellingen|voorkeuren|aanpassen|beheren",
            r"alle|alles|en|sluiten|doorgaan|alleen|noodzakelijke|functionele|ga|verder|ik|ga|meer|lees",
        ),
    ),
    # Removes: "Этот сайт использует файлы cookie для улучшения работы. Принять"
    #   "Мы используем файлы cookie ... Подробнее"  "Продолжая использовать сайт,
    #   вы соглашаетесь с использованием файлов cookie."
    # Keeps: "Роскомнадзор заявил, что сайт использовал файлы cookie без согласия."
    "ru": _banner(
        (
            rf"^(этот|наш|данный)\s+(веб-?)?(сайт|портал|ресурс)\s+(использует|применяет|собирает|обрабатывает|"
            rf"сохраняет)\s+.{{0,30}}?{_COOKIE_RU}",
            rf"^(сайт|портал)\s+(использует|применяет)\s+.{{0,30}}?{_COOKIE_RU}",
            rf"^мы\s+(используем|применяем|собираем|обрабатываем|сохраняем)\s+.{{0,30}}?{_COOKIE_RU}",
        ),
        _CUE["ru"],
    ) + (
        rf"^(продолжая|оставаясь|используя|пользуясь)\b.{{0,80}}\b(вы\s+)?(соглашаетесь|даете согласие|"
        rf"даёте согласие|принимаете)\b.{{0,120}}{_COOKIE_RU}",
        r"^(настройки|управление)\s+(файлов\s+)?(cookies?|куки)(\W+(принять|отклонить|все|сохранить)\b)*\W*$",
        _buttons(
            r"принять|принимаю|согласен|согласна|разрешить|ок|хорошо",
            r"отклонить|отказаться|настроить|настройки|cookies?|куки|файлы",
            r"все|всё|и|только|необходимые|закрыть|понятно|подробнее|cookie",
        ),
    ),
    # Removes: "यह वेबसाइट कुकीज़ का उपयोग करती है। बेहतर अनुभव के लिए स्वीकार करें।"
    #   "हम कुकीज़ का उपयोग करते हैं ... Accept"  "स्वीकार करें अस्वीकार करें"
    # Keeps: "अदालत ने कहा कि वेबसाइट ने बिना अनुमति कुकीज़ का इस्तेमाल किया।"
    "hi": tuple(
        devanagari(p)
        for p in _banner(
            (
                r"^(यह|ये|हमारी|हमारा|इस)\s+(वेबसाइट|वेब\s+साइट|साइट|पोर्टल)\s.{0,40}?(कुकी|cookie)"
                r".{0,40}?(उपयोग|इस्तेमाल|प्रयोग)\s+(करती|करता|करते|किया\s+जाता)\s+(है|हैं)",
                r"^हम(\s+और\s+हमारे\s+(पार्टनर|साझेदार|सहयोगी))?\s.{0,40}?(कुकी|cookie)"
                r".{0,40}?(उपयोग|इस्तेमाल|प्रयोग)\s+करते\s+हैं",
            ),
            _CUE["hi"],
        )
        + (
            r"^(इस|हमारी)\s+(वेबसाइट|साइट)\s+का\s+(उपयोग|इस्तेमाल)\s+(जारी\s+रखकर|जारी\s+रखने\s+पर|करके|"
            r"करते\s+हुए).{0,120}?(कुकी|cookie)",
            r"^(सभी\s+)?(कुकी\S*\s+)?स्वीकार\s+(करें|करो)(\s+(सभी\s+)?(अस्वीकार\s+(करें|करो)|सेटिंग\S*|"
            r"कुकी\s+सेटिंग\S*))+\W*$",
        )
    ),
}

COOKIE_BANNER = RegexRule(
    # Removes: "This website uses cookies to improve your experience. We'll
    #   assume you're ok with this, but you can opt-out if you wish. Accept Read More"
    #   "We use cookies to personalise content and ads. Cookie settings Accept all"
    #   "By continuing to browse this site you agree to our use of cookies."
    #   and the banners of each language above.
    # Keeps: "The regulator said the website uses cookies without asking first."
    #   (does not open like a banner), a banner quoted inside a reporter's
    #   sentence, "We use cookies to track you, the memo admitted" (reported
    #   speech, see vocab.REPORTED_SPEECH), and any long paragraph (max_chars).
    name="cookie_banner",
    pattern=regex(*all_languages(_BANNER)),
    veto=REPORTED_SPEECH,
    max_chars=450,
)

RULES = (COOKIE_BANNER,)
