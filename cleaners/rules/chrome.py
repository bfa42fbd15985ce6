"""Page chrome left in the text: byline and reading-time lines, navigation
labels, "was this helpful?" prompts, a sign-up form's small print, a
business's contact block, a blog's closing ask, a picture's credit, and the
site's copyright notice.

These are labels, not sentences: each pattern must be the whole line (a
name, a number of minutes, a link's caption). Bylines and navigation labels
also sit where the page's chrome sits, the first or last few lines (see
RegexRule.edge): the same word as a section heading mid-story ("Home",
"Register") stays. The author is already in the record's metadata, so a
byline line carries nothing the record lacks.

Bylines that report speech are vetoed (veto=REPORTED_SPEECH), as in promo.
"""

import re
import unicodedata
from dataclasses import dataclass

from cleaners.base import Line, RegexRule, all_languages, regex
from cleaners.rules.vocab import MONTH, MONTH_WRITTEN_OUT, REPORTED_SPEECH, WEEKDAY, devanagari

# One word of a person's name: capitalised (case-sensitive even though the
# rule's pattern is not), letters, dots, apostrophes and hyphens: "Jane",
# "O'Neil", "J.", "Smith-Jones", "Ólafsdóttir".
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ"
_NAME_WORD = rf"(?-i:[{_UPPER}][\w.'’-]*)"
# A name: one to four such words, with the usual lower-case particles between.
_NAME = rf"{_NAME_WORD}(?:\s+(?:(?:de|da|del|der|di|du|van|von|le|la|bin|al|y)\s+){{0,2}}{_NAME_WORD}){{0,3}}"

# A person's name for a bare "By ...": two to four name words, none of them a
# function word, weekday or month ("By Friday", "By The Numbers", "By March
# Next Year" are not bylines).
_NOT_NAME = (
    r"(?!(the|a|an|this|that|these|those|our|my|your|his|her|its|their|all|any|no|some|then|now|"
    rf"{WEEKDAY}|{MONTH_WRITTEN_OUT})\b)"
)
_PARTICLES = r"(?:(?:de|da|del|der|di|du|van|von|le|la|bin|al|y)\s+){0,2}"
_PERSON = rf"{_NOT_NAME}{_NAME_WORD}(?:\s+{_PARTICLES}{_NOT_NAME}{_NAME_WORD}){{1,3}}"

# "December 16, 2025", "16 December 2025", "Dec 16th, 2025", "2025-12-16", "16/12/2025"
_DATE = (
    rf"({MONTH}\.? \d{{1,2}}(st|nd|rd|th)?,? \d{{4}}|\d{{1,2}}(st|nd|rd|th)? {MONTH}\.?,? \d{{4}}|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
)

_MINUTES = r"(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s*(-\s*)?(min|mins|minutes?)\.?"

def _reading_time(label: str, minutes: str, about: str = "") -> str:
    """A reading-time line: the label, a number and a unit of minutes, alone
    ("Lesezeit: 5 Minuten", "Temps de lecture : 4 min"); ``about`` may stand
    before the number ("ca. ")."""
    return rf"^\W*{label}\s*[:\-–—]?\s*({about})?\d{{1,3}}\s*({minutes})\W*$"


# --- byline_meta ----------------------------------------------------------------------

_BYLINE = {
    # "Written by Jane Doe", "Posted by Sam at March 3, 2024", "Written by"
    # (its name in a link trafilatura left out), "11 min read", "Reading time: 6 minutes"
    "en": (
        rf"^\W*(written|posted|published|authored) by\s+{_NAME}"
        rf"(\s*[,|·•–—-]?\s*(on|at)?\s*{_DATE}(\s+at\s+\d{{1,2}}[:.]\d{{2}}\s*([ap]\.?m\.?)?)?)?\W*$",
        r"^\W*(written|posted|published|authored) by\W*$",
        rf"^\W*{_MINUTES}\s+(read|reading|to read|read time|reading time)\W*$",
        rf"^\W*(estimated )?(reading|read) time\s*[:\-–—]?\s*(about |approx\.? |approximately |~)?{_MINUTES}\W*$",
        r"^\W*(estimated )?(reading|read) time\s*:?\W*$",
        # "By Jane Doe", "Reviewed by Dr. Sam Lee", "Fact checked by Ana Ruiz"
        rf"^\W*((medically |expert |fact[- ])?(reviewed|checked|edited|verified)\s+)?by\s+{_PERSON}\W*$",
        # a byline and a reading time ("by Jane Doe — 10 min read"), "2,418 views"
        rf"^\W*by\s+{_NAME}\s*[|·•–—-]+\s*{_MINUTES}\s+read\W*$",
        r"^\W*[\d.,]+\s*k?\s+(views|reads)\W*$",
    ),
    # "Geschrieben von Anna Weber", "Lesezeit: 5 Minuten", "5 Min. Lesezeit"
    "de": (
        rf"^\W*(geschrieben|verfasst|veröffentlicht) von\s+{_NAME}\W*$",
        _reading_time(r"(lesezeit|lesedauer)", r"min\.?|minuten", about=r"ca\.? |etwa |rund "),
        r"^\W*\d{1,3}\s*(min\.?|minuten) (lesezeit|lesedauer)\W*$",
    ),
    # "Écrit par Marie Dupont", "Temps de lecture : 5 min", "5 min de lecture"
    "fr": (
        rf"^\W*(écrit|rédigé|publié) par\s+{_NAME}\W*$",
        _reading_time("temps de lecture", r"min\.?|minutes?"),
        r"^\W*\d{1,3}\s*(min\.?|minutes?) de lecture\W*$",
    ),
    # "Escrito por Ana García", "Tiempo de lectura: 5 minutos", "5 min de lectura"
    "es": (
        rf"^\W*(escrito|publicado|redactado) por\s+{_NAME}\W*$",
        _reading_time("tiempo de lectura", r"min\.?|minutos?"),
        r"^\W*\d{1,3}\s*(min\.?|minutos?) de lectura\W*$",
    ),
    # "Tempo de leitura: 2 minutos", "Tempo di lettura: 4 minuti", "Leestijd: 3 minuten", "Время чтения: 5 минут"
    "pt": (_reading_time("tempo de leitura", r"min\.?|minutos?"),),
    "it": (_reading_time("tempo di lettura", r"min\.?|minut[oi]"),),
    "nl": (_reading_time("leestijd", r"min\.?|minuten|minuut"),),
    "ru": (_reading_time("время чтения", r"мин\.?|минут[аы]?"),),
}

BYLINE_META = RegexRule(
    # Removes: the byline, date and reading-time lines of a blog's header or
    #   footer, alone on their line and among the first or last eight lines:
    #   "Written by Jane Doe", "By Jane Doe", "Reviewed by Dr. Sam Lee",
    #   "Posted by Sam at March 3, 2024", a bare "Written by", "11 min
    #   read", "2,418 views", "Reading time: 6 minutes", "Lesezeit: 5
    #   Minuten". The author is in the record's metadata already (dates:
    #   see dateline).
    # Keeps: sentences that start the same way ("Written by hand, the letters
    #   took a year to arrive.", "Posted by the embassy, the notice ..."),
    #   lower-case words where a name should be ("Written by committee"),
    #   minutes in a sentence ("11 minutes read like an hour"), "By the
    #   harbour", "By Friday Night", "By The Numbers" (not a person's name),
    #   and any byline in the middle of the text (a quoted credit in a review).
    name="byline_meta",
    pattern=regex(*all_languages(_BYLINE)),
    veto=REPORTED_SPEECH,
    max_chars=90,
    edge=8,
)


# --- dateline -----------------------------------------------------------------------------

_DATELINE = (
    # "Last updated: March 3, 2024", "Published on 5 October 2024 at 14:05", "May 2,
    # 2024", "Mar 14, 2024 • 7 min read", "- Published 4 February 2021"
    rf"^[\s\-–—•·|]*((last )?(updated|published|posted|modified|reviewed|edited)( on| at)?\s*[:\-–—]?\s*)?{_DATE}"
    rf"(,?\s+(at\s+)?\d{{1,2}}[:.]\d{{2}}\s*([ap]\.?m\.?)?)?(\s*[|·•–—-]\s*{_MINUTES}\s+read)?[\s.]*$",
    # a relative date: "2 days ago", "- 3 hours ago"
    r"^[\s\-–—•·|]*(\d{1,2}|an?|one) (minutes?|hours?|days?|weeks?|months?) ago[\s.]*$",
)

DATELINE = RegexRule(
    # Removes: the post's date alone on one of the first three lines, with
    #   or without its label or reading time: "May 2, 2024", "Last
    #   updated: March 3, 2024", "Published on 5 October 2024 at 14:05
    #  ", "Mar 14, 2024 • 7 min read", "2 days ago". The record carries
    #   the date.
    # Keeps: a date in a sentence ("Published on March 3, 2024, the report
    #   found ..."), a date further down (a timeline's or a diary's entries),
    #   a date that labels what follows ("2025-12-19:" heading a log), and a
    #   label alone ("Updated", "Last Updated:": some sites' text keeps it).
    name="dateline",
    pattern=regex(*_DATELINE),
    max_chars=90,
    edge=3,
)


# --- nav_label --------------------------------------------------------------------------

_NAV = {
    # "Home", "Back to blog", "Table of contents", "Tags", "Register", "Skip to content"
    "en": (
        r"^\W*(home|home page|homepage|menu|main menu|navigation|search|tags|tagged|tagged with|categories|"
        r"category|topics|filed under|breadcrumbs?|register|log ?in|sign ?in|log ?out|sign ?out|my account|"
        r"skip to (main )?content|skip to main|back to top|(go )?back|table of contents?|contents|on this page|"
        r"listen to this (article|story|post)( in [\w ]{1,30})?|"
        r"in this (article|post|guide)|jump to (section|content|recipe)|"
        r"back to (the )?(all )?(blogs?|posts|articles|news|resources|insights|stories|overview|list|home|"
        r"homepage|search results)|(previous|next|older|newer) (post|article|story|entry|posts|entries)|"
        r"(\d+ )?comments?|order reprints|reprints( (and|&) permissions)?|print (article|story|page))\W*$",
        # a tag line: "Filed under: Harbour |", "Tags: ferries, budget"
        r"^\W*(filed under|tags|tagged( with)?|categories|topics)\s*:\s*[^.!?]{1,40}$",
    ),
    # "Startseite", "Zurück zum Blog", "Inhaltsverzeichnis", "Anmelden"
    "de": (
        r"^\W*(startseite|home|menü|navigation|suche|schlagwörter|schlagworte|kategorien|anmelden|registrieren|"
        r"inhaltsverzeichnis|inhalt|zum inhalt springen|nach oben|zurück( zum (blog|magazin|überblick|start))?|"
        r"(vorheriger|nächster) (artikel|beitrag))\W*$",
    ),
    # "Accueil", "Retour au blog", "Sommaire", "Table des matières"
    "fr": (
        r"^\W*(accueil|menu|rechercher|étiquettes|catégories|se connecter|s['’]inscrire|sommaire|"
        r"table des matières|aller au contenu|retour en haut|retour( au blog| aux articles| à l['’]accueil)?|"
        r"article (précédent|suivant))\W*$",
    ),
    # "Inicio", "Volver al blog", "Índice", "Tabla de contenidos"
    "es": (
        r"^\W*(inicio|menú|buscar|etiquetas|categorías|iniciar sesión|registrarse|regístrate|índice|"
        r"tabla de contenidos?|ir al contenido|volver arriba|volver( al blog| a noticias| al inicio)?|"
        r"artículo (anterior|siguiente))\W*$",
    ),
}

NAV_LABEL = RegexRule(
    # Removes: a menu's, breadcrumb's or table of contents' label left alone
    #   on a line among the first or last five lines: "Home", "Back to blog",
    #   "Table of contents", "Tags", "Register", "Skip to content",
    #   "Next post", "Zurück zum Blog", "Retour au blog", "Tabla de contenidos",
    #   and an audio player's "Listen to this article".
    # Keeps: any sentence starting with the word ("Home prices rose 4% in
    #   March.", "Register before Friday to vote."), and the same labels in
    #   the body, where they are a story's own section headings ("Home" as
    #   the heading of a house-and-garden section).
    name="nav_label",
    pattern=regex(*all_languages(_NAV)),
    max_chars=40,
    edge=5,
)


# --- feedback_prompt --------------------------------------------------------------------

_FEEDBACK = {
    # "Was this article helpful?", "How did you like this issue?", "Rate this article", "Yes No"
    "en": (
        r"^\W*(was this (article|post|page|guide|answer|information|content|story) (helpful|useful)|"
        r"did you find this (article|post|page|guide|answer|information|content) (helpful|useful)|"
        r"how (was|did you like|would you rate) (this|today['’]s|this week['’]s) (issue|newsletter|edition|email|"
        r"article|post|episode)|rate this (article|post|page|guide|story))\s*\??\W*((yes|no|👍|👎)\W*){0,2}$",
        # a recipe blog's ask: "Did you make this recipe? Please leave a star rating below."
        r"^\W*((did|have) you (make|made|try|tried|bake|baked|cook|cooked)|(tried|made|baked|cooked)) "
        r"(this|one of (my|our)|these|my|our) recipes?\s*\?\s*.{0,60}?\b(leave|give|rate|rating|tag|comment|review|"
        r"let (me|us) know)\b.{0,250}$",
    ),
    # "War dieser Artikel hilfreich?"
    "de": (r"^\W*(war|ist) (dieser|der) (artikel|beitrag|text) hilfreich\s*\??\W*((ja|nein)\W*){0,2}$",),
    # "Cet article vous a-t-il été utile ?"
    "fr": (r"^\W*(cet article|cette page) vous a-t-(il|elle) été utile\s*\??\W*((oui|non)\W*){0,2}$",),
    # "¿Te ha resultado útil este artículo?", "¿Fue útil este artículo?"
    "es": (r"^\W*(¿)?(te ha resultado|le ha resultado|fue|te resultó|le resultó) útil (este|esta) "
           r"(artículo|página|nota)\s*\??\W*((sí|si|no)\W*){0,2}$",),
}

FEEDBACK_PROMPT = RegexRule(
    # Removes: the page's or newsletter's request for a rating, alone on its
    #   line: "Was this article helpful?", "Was this page useful? Yes No",
    #   "How did you like this issue?", "Rate this article", "War dieser Artikel
    #   hilfreich?", and a recipe blog's "Did you make this recipe? Please
    #   leave a star rating" (with whatever follow-us ask trails it).
    # Keeps: a recipe's own question without the ask ("Did you make this
    #   recipe with fresh yeast? Then halve the amount."), the same words in
    #   a sentence ("Was this article helpful to the defence? The judge
    #   thought not.", "How was this issue settled in the end?"), and rating
    #   a recipe or product in a review.
    name="feedback_prompt",
    # no REPORTED_SPEECH veto: the prompt is the whole line, and French asks
    # "a-t-il", which the veto takes for reported speech
    pattern=regex(*all_languages(_FEEDBACK)),
    max_chars=400,
)


# --- form_fine_print --------------------------------------------------------------------

_LEGAL = r"(terms (&|and) conditions|terms of (use|service)|privacy (policy|notice|statement)|cookie policy)"

_FINE_PRINT = {
    # "By entering your address, you agree to receive our emails", "and agree to
    # our Terms of Use and Privacy Notice.", "This site is protected by reCAPTCHA
    # ...", "No spam. Unsubscribe at any time."
    "en": (
        r"^by (entering|submitting|providing|signing up|subscribing|registering|clicking|creating an account|"
        r"continuing|checking)\b.{0,100}?\byou (agree|consent|acknowledge|accept)\b.{0,60}?"
        r"(\b(our|this site['’]s|the site['’]s)\b.{0,40}?\b(terms|privacy|policy)|\breceive\b.{0,60}?"
        r"\b(e-?mails?|communications|newsletters?|marketing|updates|offers))\b.{0,200}$",
        rf"^(and )?(you )?(agree|consent) to (our|this site['’]s) {_LEGAL}( (&|and) ((our|the) )?{_LEGAL})?\W*$",
        r"^this (site|form|page) is protected by recaptcha\b.{0,200}$",
        r"^(no spam(, ever)?\W+)?(we respect your privacy\W+)?(you can )?unsubscribe (at any time|anytime)\W*$",
        r"^no spam(, ever)?\W+(we respect your privacy\W+)?(you can )?unsubscribe\b.{0,60}$",
    ),
    # "Mit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung"
    "de": (
        r"^mit (der|ihrer) (anmeldung|registrierung|eingabe)\b.{0,80}\b(akzeptieren|stimmen) sie\b.{0,60}"
        r"\b(unsere|der)\b.{0,40}\b(datenschutz\w*|nutzungsbedingungen|agb)\b.{0,150}$",
        r"^(sie können sich )?jederzeit (wieder )?abmelden\W*$",
    ),
    # "En vous inscrivant, vous acceptez notre politique de confidentialité"
    "fr": (
        r"^en (vous inscrivant|soumettant|cliquant)\b.{0,80}\bvous acceptez\b.{0,40}\b(nos|notre)\b.{0,40}"
        r"\b(conditions|politique de confidentialité)\b.{0,150}$",
    ),
    # "Al suscribirte, aceptas nuestra política de privacidad"
    "es": (
        r"^al (suscribirte|suscribirse|registrarte|registrarse|enviar)\b.{0,80}\b(aceptas|acepta)\b.{0,40}"
        r"\b(nuestra|nuestros|nuestras|la)\b.{0,40}\b(política de privacidad|términos|condiciones)\b.{0,150}$",
    ),
}

FORM_FINE_PRINT = RegexRule(
    # Removes: the legal small print of a sign-up or contact form: "By
    #   entering your address, you agree to receive our emails", "and agree to
    #   our Terms of Use and Privacy Notice.", "This site is protected
    #   by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
    #   "No spam. Unsubscribe at any time.", "Mit der Anmeldung akzeptieren
    #   Sie unsere Datenschutzerklärung".
    # Keeps: a story's account of terms it is not the site's own ("By signing
    #   up for the card, you agree to the bank's terms, which include a 29%
    #   rate."), reported speech, and lines that only mention privacy
    #   policies ("Our privacy policy changed in May, the company said.").
    name="form_fine_print",
    pattern=regex(*all_languages(_FINE_PRINT)),
    veto=REPORTED_SPEECH,
    max_chars=300,
)


# --- contact_line ------------------------------------------------------------------------

_EMAIL = r"[\w.+-]+@[\w-]+(\.[\w-]+)+"
_PHONE = r"\+?\(?\d[\d ()./-]{5,18}\d"

_CONTACT = {
    # "Email: hello@example.com", "Phone number: 555 010 4477", "Contact info"
    "en": (
        rf"^\W*(e-?mail|e-?mail address|e-?mail us|phone|phone number|tel|telephone|mobile|cell|call( us)?|fax|"
        rf"whatsapp|contact|media contact|press contact)\s*[:\-–—]\s*({_EMAIL}|{_PHONE})\W*$",
        r"^\W*(contact (info|information|details)|get in touch|contact us)\W*$",
        # a newspaper's sign-off: "Write to Al Root at al.root@example.com"
        rf"^\W*write to {_NAME}( and {_NAME})? at {_EMAIL}\W*$",
    ),
    # "Telefon: 030 1234567", "Kontakt"
    "de": (rf"^\W*(e-?mail|telefon|tel|fax|mobil|kontakt)\s*[:\-–—]\s*({_EMAIL}|{_PHONE})\W*$",
           r"^\W*(kontakt|kontaktdaten|so erreichen sie uns)\W*$"),
    # "Téléphone : 01 23 45 67 89", "Nous contacter"
    "fr": (rf"^\W*(e-?mail|courriel|téléphone|tél|fax|contact)\s*[:\-–—]\s*({_EMAIL}|{_PHONE})\W*$",
           r"^\W*(nous contacter|coordonnées)\W*$"),
    # "Teléfono: 912 345 678", "Contáctanos"
    "es": (rf"^\W*(e-?mail|correo|correo electrónico|teléfono|tel|fax|contacto)\s*[:\-–—]\s*({_EMAIL}|{_PHONE})\W*$",
           r"^\W*(contáctanos|contacto|datos de contacto)\W*$"),
}

CONTACT_LINE = RegexRule(
    # Removes: a business's contact block closing the text, line by line:
    #   "Contact info", "Phone number: 555 010 4477", "Email:
    #   hello@example.com", "Telefon: 030 1234567", a newspaper's "Write to
    #   Jane Doe at jane.doe@example.com"; only in the last eight
    #   lines, and only a label with an address or a number and nothing else.
    # Keeps: sentences with an address or a number ("Email the council at
    #   ferry@example.org before Friday.", "Call 555 0100 to book a seat on
    #   the evening boat."), a contact block in the middle of a story, and
    #   a label without a number ("Phone: the new wallet?").
    name="contact_line",
    pattern=regex(*all_languages(_CONTACT)),
    max_chars=120,
    tail=8,
)


# --- closing_ask --------------------------------------------------------------------------

_CLOSING_ASK = (
    # "If you liked this article, please consider sharing it and subscribing. If you want
    # to support the blog, please consider a one-off donation." (with one sentence of
    # the blog's name before it)
    r"^([^.!?\"“”]{0,100}[.!?] )?if you (liked|enjoyed|like|enjoy|appreciated|found value in) (this|the|my|our) "
    r"(article|post|story|newsletter|piece|issue|episode|review|guide)\b[^.!?]{0,30}[,.!]?\s*(please )?"
    r"(consider|share|subscribe|support|follow|donate|buy me)\b.{0,380}$",
)

CLOSING_ASK = RegexRule(
    # Removes: a blog's closing ask in its last three lines, however many
    #   asks it strings together: "If you liked this article, please consider
    #   liking, sharing and subscribing to the newsletter. If you want to
    #   support the site, please consider a one-off donation."
    # Keeps: the same words elsewhere in the text, reported speech ("If you
    #   liked this article, share it, the editor wrote"), and sentences that
    #   do not ask ("If you liked this review, the sequel is even better.").
    name="closing_ask",
    pattern=regex(*_CLOSING_ASK),
    veto=REPORTED_SPEECH,
    max_chars=500,
    tail=3,
)

# --- image_credit -----------------------------------------------------------------------

_CREDIT_LABEL = {
    # "Photo: Shutterstock", "Photo courtesy of Harbour Museum", "Image credit: © Depositphotos",
    # "Featured image from Unsplash", "Cover image: the lighthouse at dusk", "Photos by Jane Doe"
    "en": (
        r"(feature[d]?|header|hero|cover|top|lead|title|main) (image|photo|picture|illustration)s?"
        r"( (by|from|via|courtesy( of)?|credits?)\s*[:：]?|\s*[:：])",
        r"(image|photo|picture|illustration)s? (by|via|credits?|courtesy( of)?)\s*[:：]?",
        r"(image|photo|picture|illustration)s? sources?\s*[:：]",
        r"(image|photo|picture|illustration)s?\s*[:：]",
    ),
    "de": (r"(fotos?|bild(er)?|bildquelle|titelbild|foto(grafie)?\s*credit)\s*[:：]",),
    "fr": (r"(crédits? photos?|photos?|image)\s*[:：]",),
    "es": (r"(foto(grafía)?s?|imagen|crédito de (la )?foto)\s*[:：]",),
    "it": (r"(foto|immagine|credito foto|crediti fotografici)\s*[:：]",),
    "pt": (r"(fotos?|imagem|crédito da foto)\s*[:：]",),
    "nl": (r"(foto'?s?|beeld|afbeelding)\s*[:：]",),
    "ru": (r"(фото|фотография|иллюстрация)\s*[:：]",),
    "hi": (devanagari(r"(फोटो|फ़ोटो|तस्वीर)\s*[:：]"),),
}

IMAGE_CREDIT = RegexRule(
    # Removes: a picture's credit line, left in the text when the picture is
    #   not: "Photo: Shutterstock", "Photo courtesy of Harbour Museum", "Image
    #   credit: © Depositphotos", "Featured image from Unsplash", "Foto: dpa",
    #   "Фото: ТАСС". The credit after the label is short (up to 100
    #   characters): a credit, not a paragraph.
    # Keeps: sentences about photos ("Photo ID is required at the polls." has
    #   no label; "Photos of the flood spread online within minutes."), a
    #   label followed by a long caption-like paragraph, and "Photo sources and
    #   display controls" (a settings label: no separator).
    name="image_credit",
    pattern=regex(
        "^\\W*(?:" + "|".join(f"(?:{p})" for p in all_languages(_CREDIT_LABEL))
        + ")\\s*\\S.{0,100}$"
    ),
    max_chars=160,
)

# --- copyright_line ---------------------------------------------------------------------

_YEAR = r"(19|20)\d\d"
_RESERVED = (r"(all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|"
             r"tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|все права защищены)")

COPYRIGHT_LINE = RegexRule(
    # Removes: the site's copyright notice among the last three lines, short
    #   and on its own: "Copyright © 2019 Harbour Media. All rights reserved.",
    #   "© 2024 Harbour Times", "copyright Harbour Review 2019 - ISSN:
    #   1234-5678", "Copyright ⓒ harbour.example. 무단전재 및 재배포 금지",
    #   "Alle Rechte vorbehalten.", and the pointer to the terms of reuse:
    #   "Want to use code from this post? Check out the license.",
    #   "Republish this article".
    # Keeps: sentences about copyright ("Copyright law lets authors ...",
    #   "Copyright 2013 is printed on the first page" (a year, then a
    #   sentence goes on), "All rights reserved, the label said, ..."
    #   (reported)), a photo's "© Reuters" credit (no year, no domain), and
    #   the same notice further up the text.
    name="copyright_line",
    pattern=regex(
        # the mark, then a year (and a name or the end), a domain, or a name and a year
        rf"^\W*(copyright|©|ⓒ|\(c\))\s*(©|ⓒ|\(c\))?\s*({_YEAR}(\s*[-–]\s*{_YEAR})?(\W*$|[\s.,]+(?-i:[A-Z©ⓒ]))|"
        r"(?-i:[A-Za-z0-9])[\w-]*(\.[\w-]+)*\.(com|org|net|co\.\w\w|de|fr|es|it|nl|ru|in|uk|kr|jp)\b|"
        rf"(?-i:[A-Z])[\w&'’.-]*( (?-i:[A-Z0-9])[\w&'’.-]*){{0,4}} {_YEAR}\b).{{0,140}}$",
        rf"^.{{0,100}}\b{_RESERVED}\W*(\S.{{0,100}})?$",
        # the pointer to the terms of reuse: "Want to use code from this
        #   post? Check out the license.", "Republish this article"
        r"^\W*(want to (use|reuse|re-use|republish|share) [^?]{1,60}\?\s*)?(check out|see|read) (the|our) "
        r"(licen[cs]e|republishing (guidelines|policy))\W*$",
        r"^\W*(republish this (article|story|post)|diesen artikel (weiterverwenden|nachdrucken)|"
        r"republier cet article|republicar este artículo)\W*$",
    ),
    veto=REPORTED_SPEECH,
    max_chars=200,
    tail=3,
)


# --- menu_run, link_list, trailing_label ---------------------------------------------------

_LABEL_PUNCTUATION = frozenset(" '’&-")


def is_menu_label(text: str) -> bool:
    """A menu entry's shape: one to three words of letters, up to 24
    characters, not starting in lower case, no digits and no punctuation
    but ' & and - ("Home", "India News", "Sales & Support", "Startseite")."""
    if not text or len(text) > 24 or len(text.split()) > 3 or text[0].islower() or not text[0].isalpha():
        return False
    return all(c.isalpha() or c in _LABEL_PUNCTUATION or unicodedata.category(c).startswith("M") for c in text)


@dataclass(frozen=True)
class MenuRun:
    # Removes: a site menu dumped into the text, one entry a line: eight or
    #   more menu labels in a row ("Home", "Latest News", "India News",
    #   "World News", "Cities", "Entertainment", "Sports", "Cricket" ...).
    # Keeps: shorter runs (a table flattened into cells: "Certification",
    #   "Provider", "Cost", "Duration", "Benefits", then figures), lists whose
    #   lines carry digits or punctuation ("2 eggs", "Salt, to taste"),
    #   code ("</div>", "))}"), and the same labels standing alone.
    name: str = "menu_run"
    min_run: int = 8

    def matches(self, line: Line) -> bool:
        lines, index = line.lines, line.index
        if not lines or not is_menu_label(line.text):
            return False
        # count labels on both sides, no further than the run needs
        run = 1
        before = index - 1
        while before >= 0 and run < self.min_run and is_menu_label(lines[before]):
            run, before = run + 1, before - 1
        after = index + 1
        while after < len(lines) and run < self.min_run and is_menu_label(lines[after]):
            run, after = run + 1, after + 1
        return run >= self.min_run


MENU_RUN = MenuRun()

# "Sie suchen: Werbeagentur Berlin / Werbeagentur Köln / ...", "Topics: Ferries /
# Harbour / Budget / Weather": entries of a few words, slash-separated
_LIST_SEPARATOR = re.compile(r"\s+/\s+")
_SENTENCE_BREAK = re.compile(r"[.!?]\s")


@dataclass(frozen=True)
class LinkList:
    # Removes: a footer's or tag cloud's list of links flattened into one
    #   line, entries separated by " / ", four or more, nearly all of one to
    #   five words: "Sie suchen: Werbeagentur Düsseldorf / Werbeagentur Berlin
    #   / Werbeagentur München / ...", "Home / News / Harbour / Ferries".
    # Keeps: prose that uses slashes ("The ferry runs Monday / Wednesday /
    #   Friday in winter. In summer it runs daily." is sentences), a ratio or
    #   a fraction ("24/7", "km/h": no spaces), and three or fewer entries
    #   ("and / or", "Relaunch shop / Relaunch site").
    name: str = "link_list"
    min_entries: int = 4
    max_entry_words: int = 5

    def matches(self, line: Line) -> bool:
        entries = _LIST_SEPARATOR.split(line.text)
        if len(entries) < self.min_entries or _SENTENCE_BREAK.search(line.text):
            return False
        # the first entry may carry the list's label ("Sie suchen: ...")
        short = sum(1 for entry in entries[1:] if 0 < len(entry.split()) <= self.max_entry_words)
        return short >= 0.8 * (len(entries) - 1)


LINK_LIST = LinkList()


@dataclass(frozen=True)
class TrailingLabel:
    # Removes: the very last line when it is a widget's label whose content
    #   the extraction dropped: two or three words, no punctuation, not all
    #   capitalised ("Proudly supporting", "View author page", "Sign up now",
    #   "See full bio").
    # Keeps: a sign-off name ("Andrew", "Jane Doe": every word capitalised),
    #   a closing sentence ("Thanks for reading."), one word ("Fitness"), and
    #   the same words anywhere but the last line.
    name: str = "trailing_label"

    def matches(self, line: Line) -> bool:
        if line.from_end != 0:
            return False
        words = line.text.split()
        return (2 <= len(words) <= 3 and is_menu_label(line.text)
                and any(word[0].islower() for word in words[1:]))


TRAILING_LABEL = TrailingLabel()


# --- tail_section -------------------------------------------------------------------------

# Some of these words are related_pointer's too, on purpose not shared: its
# pointers ("Read more: ...", "See more", "Don't miss") are often followed by
# more of the story, and cutting from them cost 0.004 of AEB recall.
_SECTION_HEADINGS = {
    # the heading of a site's closing block, alone on its line: "More from SewCanShe:",
    # "About the Author:", "You may also like", "Our Services"
    "en": (
        r"more from [\w .'’&-]{1,40}|about the author|about us|our services|our products|"
        r"related (posts|articles|stories|reading)|you (may|might) also (like|enjoy)|read next|"
        r"recommended (for you|reading|articles)|more (stories|articles|posts)|"
        r"(latest|popular) (posts|articles|stories)|trending now|keep reading",
    ),
    "de": (r"mehr von [\w .'’&-]{1,40}|über (den autor|die autorin|uns)|das könnte sie auch interessieren|"
           r"weitere artikel|ähnliche artikel|unsere leistungen",),
    "fr": (r"plus de [\w .'’&-]{1,40}|à propos de l['’]auteur|à propos de nous|sur le même sujet|"
           r"articles similaires|vous aimerez aussi|nos services",),
    "es": (r"más de [\w .'’&-]{1,40}|sobre (el|la) autor(a)?|sobre nosotros|te puede interesar|"
           r"artículos relacionados|nuestros servicios",),
    "it": (r"altro da [\w .'’&-]{1,40}|sull['’]autore|chi siamo|potrebbe interessarti|articoli correlati|"
           r"i nostri servizi",),
    "pt": (r"mais de [\w .'’&-]{1,40}|sobre o autor|sobre a autora|sobre nós|artigos relacionados|"
           r"você também pode gostar|nossos serviços",),
    "nl": (r"meer van [\w .'’&-]{1,40}|over de auteur|over ons|gerelateerde artikelen|onze diensten",),
    "ru": (r"об авторе|о нас|похожие статьи|читайте также|наши услуги",),
    "hi": (devanagari(r"लेखक के बारे में|हमारे बारे में|संबंधित लेख|यह भी पढ़ें"),),
}
_SECTION_HEADING = re.compile(
    r"^\W*(?:" + "|".join(f"(?:{p})" for p in all_languages(_SECTION_HEADINGS)) + r")\W*$", re.IGNORECASE
)


@dataclass(frozen=True)
class TailSection:
    # Removes: the site's closing block, from its heading on, when the
    #   heading is among the last eight lines: "More from SewCanShe:" and the
    #   two teasers after it; "About the Author:" and the bio; "Our Services"
    #   and its list; "Über den Autor" and what follows.
    # Keeps: everything before the heading; a heading higher up (a story's
    #   own "About the author" section mid-text, or a guide whose last twenty
    #   lines are a list it introduces); a sentence that only starts with the
    #   words ("More from the harbour: the council also ...").
    name: str = "tail_section"
    last_lines: int = 8

    def matches(self, line: Line) -> bool:
        lines = line.lines
        if not lines or line.from_end >= self.last_lines:
            return False
        first = max(0, len(lines) - self.last_lines)
        return any(_SECTION_HEADING.match(lines[i]) for i in range(first, line.index + 1))


TAIL_SECTION = TailSection()

RULES = (BYLINE_META, DATELINE, NAV_LABEL, FEEDBACK_PROMPT, FORM_FINE_PRINT, CONTACT_LINE, CLOSING_ASK, IMAGE_CREDIT,
         COPYRIGHT_LINE, MENU_RUN, LINK_LIST, TRAILING_LABEL, TAIL_SECTION)
