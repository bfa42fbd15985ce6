"""The cookie banner rule (cleaners/rules/cookies.py): lines each must remove, article lines it must keep."""

from __future__ import annotations

import pytest

from cleaners.rules import cookies
from tests.rules.cases import Case, assert_fast_on_adversarial_lines, check_line, keep, rm

# A paragraph that opens like a banner but is a 500-character news paragraph.
LONG_WE_USE_COOKIES = (
    "We use cookies, the company's privacy chief told the committee, but only after a reader has "
    "clicked accept, and we have spent two years rebuilding the consent system so that rejecting "
    "tracking is as easy as agreeing to it. Members of the committee were unconvinced: they produced "
    "screenshots showing that the reject button was hidden behind a settings menu on the mobile site, "
    "and that advertising partners received identifiers before the banner had even loaded, a claim "
    "the company's lawyers have so far declined to dispute in writing."
)

# --- cookie_banner ---------------------------------------------------------------

COOKIE_BANNER = [
    *rm(
        "cookie_banner",
        "en",
        "This website uses cookies to improve your experience. We'll assume you're ok with this, "
        "but you can opt-out if you wish. Accept Read More",
        "We use cookies to personalise content and ads, to provide social media features and to "
        "analyse our traffic. Accept all",
        "We value your privacy. We and our partners store and/or access information on a device, "
        "such as cookies, and process personal data, such as unique identifiers.",
        "We value your privacy",
        "Accept all cookies Reject",
        "Accept Reject Manage preferences",
        "By continuing to browse this site you agree to our use of cookies.",
        "By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to "
        "enhance site navigation and analyse site usage.",
        "Cookie settings Accept all",
        "Manage consent",
        "This site uses cookies. Find out more about how we use them in our cookie policy.",
        "Our website uses cookies",
        "We use cookies on our website to give you the most relevant experience by remembering your "
        "preferences and repeat visits.",
        "To give you the best possible experience, this site uses cookies.",
        "We and our 842 partners use cookies and similar technologies to store and access information "
        "on your device.",
        "Cookies help us deliver our services. By using our services, you agree to our use of cookies. "
        "Learn more Got it",
        "Cookie Notice",
    ),
    *rm(
        "cookie_banner",
        "en",
        "We use third-party cookies to analyse traffic. OK",
        from_end=3,
    ),
    *keep(
        "cookie_banner",
        "en",
        "The regulator found that the website uses cookies to track readers without asking first, and "
        "fined the publisher €2 million.",
        'Under the new rules, a banner that says "We use cookies to improve your experience. Accept" '
        "will no longer be enough, the commission said.",
        LONG_WE_USE_COOKIES,
        "Cookies, the small text files websites store on a visitor's device, were invented in 1994 by "
        "a Netscape engineer.",
        "The bakery sells 2,000 cookies a day and plans to open a second shop in the spring.",
        "Accepting all cookies has become a reflex for most users, researchers found after studying "
        "10,000 consent banners.",
        "We value your privacy, the company said in a statement after the breach, but regulators said "
        "its notice was misleading.",
        "Our site uses cookies responsibly, the chief executive insisted, although an audit suggested "
        "otherwise.",
        "By continuing the talks, both sides agreed to keep tariffs on cookies and biscuits unchanged "
        "until June.",
        "Accept all cookies, the default button says, and most people click it without reading.",
        "Cookie consent banners cost European users an estimated 575 million hours a year, a study found.",
        # reported speech is a reporter's line, whatever it opens with
        "We use cookies to track you, the leaked memo admitted, and advertisers pay us for it.",
        "This website uses cookies without valid consent, the court ruled on Tuesday.",
    ),
    # German
    *rm(
        "cookie_banner",
        "de",
        "Diese Website verwendet Cookies, um Ihnen das bestmögliche Nutzererlebnis zu bieten. Akzeptieren",
        "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu "
        "analysieren. Alle akzeptieren",
        "Um unsere Webseite für Sie optimal zu gestalten und fortlaufend verbessern zu können, verwenden "
        "wir Cookies.",
        "Durch die weitere Nutzung der Seite stimmen Sie der Verwendung von Cookies zu.",
        "Alle akzeptieren Ablehnen Einstellungen",
        "Diese Webseite nutzt Cookies.",
    ),
    *keep(
        "cookie_banner",
        "de",
        "Das Gericht stellte fest, dass die Website Cookies ohne Einwilligung der Nutzer gesetzt hatte.",
        "Im Verfahren ging es um die Frage, ob ein Hinweis wie „Diese Website verwendet Cookies. "
        "Akzeptieren“ als Einwilligung genügt.",
        "Die Bäckerei verkauft inzwischen mehr Cookies als Brötchen, sagt der Inhaber.",
    ),
    # French
    *rm(
        "cookie_banner",
        "fr",
        "Ce site utilise des cookies pour améliorer votre expérience de navigation. Accepter Refuser",
        "Nous et nos partenaires utilisons des cookies pour personnaliser le contenu et mesurer "
        "l'audience. Tout accepter",
        "En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies.",
        "Tout accepter Tout refuser",
        "Continuer sans accepter",
    ),
    *keep(
        "cookie_banner",
        "fr",
        "La CNIL reproche au site d'avoir déposé des cookies publicitaires sans le consentement des "
        "internautes.",
        "Le bandeau « Ce site utilise des cookies. Accepter » ne suffit plus, a tranché le Conseil d'État.",
        "Nous utilisons des cookies depuis 2009, reconnaît le directeur technique, qui promet une "
        "refonte du bandeau d'ici l'été prochain, sous la pression du régulateur, après des plaintes de "
        "lecteurs, d'associations de consommateurs et de plusieurs députés qui dénoncent depuis des mois "
        "un dispositif opaque, des partenaires publicitaires trop nombreux et un bouton de refus caché "
        "derrière deux écrans de paramètres, ce que l'entreprise conteste fermement dans un communiqué "
        "publié mardi soir.",
    ),
    # Spanish
    *rm(
        "cookie_banner",
        "es",
        "Este sitio web utiliza cookies para mejorar su experiencia de navegación. Aceptar",
        "Utilizamos cookies propias y de terceros para fines analíticos y publicitarios. Más información",
        "Si continúa navegando, consideramos que acepta su uso.",
        "Aceptar todas Rechazar Configurar",
    ),
    *keep(
        "cookie_banner",
        "es",
        "La AEPD multó al diario porque su web instalaba cookies publicitarias sin pedir permiso a los "
        "lectores.",
        "Este sitio web utiliza cookies de terceros sin consentimiento, denunció la asociación de "
        "consumidores.",
        "El aviso «Este sitio web utiliza cookies. Aceptar» no basta para cumplir la ley, según la "
        "sentencia.",
    ),
    # Italian
    *rm(
        "cookie_banner",
        "it",
        "Questo sito utilizza cookie tecnici e di profilazione. Cliccando su Accetta acconsenti all'uso "
        "dei cookie.",
        "Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, "
        "con il tuo consenso, anche per altre finalità.",
        "Chiudendo questo banner, scorrendo questa pagina o cliccando qualunque suo elemento acconsenti "
        "all'uso dei cookie.",
        "Accetta tutti Rifiuta",
    ),
    *keep(
        "cookie_banner",
        "it",
        "Il Garante della privacy ha sanzionato il sito, che installava cookie di profilazione senza "
        "consenso.",
        "Secondo i giudici, la scritta «Questo sito utilizza cookie. Accetta» non basta a raccogliere "
        "un consenso valido.",
    ),
    # Portuguese
    *rm(
        "cookie_banner",
        "pt",
        "Este site utiliza cookies para melhorar a sua experiência. Aceitar",
        "Utilizamos cookies essenciais e tecnologias semelhantes de acordo com a nossa Política de "
        "Privacidade e, ao continuar navegando, você concorda com estas condições.",
        "Ao continuar navegando, você concorda com o uso de cookies.",
        "Aceitar todos Rejeitar",
    ),
    *keep(
        "cookie_banner",
        "pt",
        "A ANPD investiga se o portal usava cookies sem o consentimento dos leitores.",
        "O aviso “Este site utiliza cookies. Aceitar” não cumpre a LGPD, concluiu o tribunal.",
    ),
    # Dutch
    *rm(
        "cookie_banner",
        "nl",
        "Deze website gebruikt cookies om je de beste ervaring te bieden. Accepteren",
        "Wij maken gebruik van cookies om onze website te verbeteren en advertenties te personaliseren. "
        "Akkoord",
        "Door verder te gaan op deze website ga je akkoord met het gebruik van cookies.",
        "Alles accepteren Weigeren",
    ),
    *keep(
        "cookie_banner",
        "nl",
        "De toezichthouder stelde vast dat de website cookies plaatste zonder toestemming van bezoekers.",
        "Volgens de rechter is een melding als 'Deze website gebruikt cookies. Accepteren' niet genoeg.",
    ),
    # Russian
    *rm(
        "cookie_banner",
        "ru",
        "Этот сайт использует файлы cookie для улучшения работы и персонализации. Принять",
        "Мы используем файлы cookie, чтобы сделать сайт удобнее. Подробнее",
        "Продолжая использовать сайт, вы соглашаетесь с использованием файлов cookie.",
        "Принять все Отклонить",
        "Этот сайт использует файлы cookie.",
    ),
    *keep(
        "cookie_banner",
        "ru",
        "Роскомнадзор заявил, что сайт использовал файлы cookie без согласия пользователей.",
        "Надпись «Этот сайт использует файлы cookie. Принять» суд не признал согласием пользователя.",
        "Этот сайт использует файлы cookie без согласия пользователей, установил суд.",
    ),
    # Hindi
    *rm(
        "cookie_banner",
        "hi",
        "यह वेबसाइट कुकीज़ का उपयोग करती है। बेहतर अनुभव के लिए स्वीकार करें।",
        "यह वेबसाइट कुकीज़ का उपयोग करती है।",
        "यह वेबसाइट कुकी\u095b का उपयोग करती है। Accept",  # precomposed ज़
        "हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं। Accept",
        "इस वेबसाइट का उपयोग जारी रखकर, आप कुकीज़ के उपयोग के लिए सहमति देते हैं।",
        "स्वीकार करें अस्वीकार करें",
    ),
    *keep(
        "cookie_banner",
        "hi",
        "अदालत ने कहा कि वेबसाइट ने उपयोगकर्ताओं की अनुमति के बिना कुकीज़ का इस्तेमाल किया।",
        "यह वेबसाइट कुकीज़ के ज़रिए उपयोगकर्ताओं की जासूसी करती थी, जांच में पता चला है।",
        "बेकरी रोज़ दो हज़ार कुकीज़ बेचती है और अगले साल नई दुकान खोलेगी।",
    ),
]

CASES = [
    *COOKIE_BANNER,
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_line(case: Case):
    check_line(case)


@pytest.mark.parametrize("rule", cookies.RULES, ids=lambda r: r.name)
def test_patterns_stay_fast_on_long_adversarial_lines(rule):
    assert_fast_on_adversarial_lines(rule)


def test_long_paragraph_that_opens_like_a_banner_is_long():
    assert len(LONG_WE_USE_COOKIES) > 450
