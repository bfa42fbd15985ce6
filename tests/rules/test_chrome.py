"""Page chrome rules (cleaners/rules/chrome.py): lines each must remove, article lines it must keep."""

from __future__ import annotations

import pytest

from cleaners.rules import chrome
from tests.rules.cases import Case, assert_fast_on_adversarial_lines, check_line, COUNT, in_document, keep, rm

# --- byline_meta -------------------------------------------------------------------

BYLINE_META = [
    *rm(
        "byline_meta",
        "en",
        "Written by Maria Lindqvist",
        "Posted by Tom at March 3, 2024",
        "Written by",
        "Published by Anna van der Berg on 12 June 2023",
        from_end=3,
    ),
    *rm("byline_meta", "en", "- 9 min read", "6 min read", "Reading time: 4 minutes", from_end=COUNT - 2),
    *rm(
        "byline_meta",
        "en",
        "By Rosa Delgado",
        "Reviewed by Dr. Sam Lee",
        "by Tomas Berg—6 min read",
        "2,418 views",
        from_end=COUNT - 1,
    ),
    *keep(
        "byline_meta",
        "en",
        "By the harbour, the old customs house is being turned into flats.",
        "By Friday Night",
        "By The Numbers",
        "2,418 views of the harbour were submitted to the photo contest.",
    ),
    *keep("byline_meta", "en", "By Rosa Delgado", index=12),  # a credit mid-story
    *keep(
        "byline_meta",
        "en",
        "Written by hand, the letters took a year to reach the island.",
        "Posted by the embassy on its website, the notice gave travellers two days to leave.",
        "Written by committee",
        "Eleven minutes read like an hour when the bus is late.",
        "6 min read aloud, the speech lost half the room.",
    ),
    *keep("byline_meta", "en", "Written by Mary Shelley", index=12),  # a credit mid-story
    *rm("byline_meta", "de", "Lesezeit: 5 Minuten", "Geschrieben von Lena Vogel"),
    *rm("byline_meta", "pt", "Tempo de leitura: 2 minutos"),
    *rm("byline_meta", "it", "Tempo di lettura: 4 minuti"),
    *rm("byline_meta", "ru", "Время чтения: 5 минут"),
    *keep("byline_meta", "pt", "O tempo de leitura caiu 2 minutos por dia entre os jovens, segundo o estudo."),
    *keep("byline_meta", "de", "Geschrieben von einem Gefangenen, erschien das Buch 1947."),
    *rm("byline_meta", "fr", "Temps de lecture : 3 min", "Écrit par Claire Martin"),
    *keep("byline_meta", "fr", "Écrit par un inconnu, le pamphlet circulait sous le manteau."),
    *rm("byline_meta", "es", "Tiempo de lectura: 7 minutos"),
    *keep("byline_meta", "es", "Escrito por dos hermanas, el guion ganó el premio del jurado."),
]

# --- nav_label ---------------------------------------------------------------------

NAV_LABEL = [
    *rm("nav_label", "en", "Back to blog", "Table of Contents", "Home", "Register", from_end=COUNT - 1),
    *rm("nav_label", "en", "Tags", "Next post", "Back to top", "Listen to this article"),
    *rm("nav_label", "en", "Comments", "12 comments", "Filed under: Harbour |", "Tags: ferries, budget"),
    *rm("nav_label", "en", "Order Reprints", "Print Article", from_end=COUNT - 1),
    *keep("nav_label", "en", "Comments from readers poured in after the ferry story ran.",
          "Print article 12 of the treaty on the back of the menu, he joked."),
    *keep("nav_label", "en", "Comments", index=12),  # a story's own section heading
    *keep("nav_label", "en", "Listen to this story of the old ferrymen, told by their grandchildren.", index=1),
    *keep(
        "nav_label",
        "en",
        "Home prices rose 4% in March.",
        "Register before Friday to vote in the primary.",
        "Tags on the collars identify each dog.",
        "Back to the blog's roots: how a hobby became a business",
        "Contents of the safe were never found.",
    ),
    # the same words as a story's own section headings, mid-text
    *keep("nav_label", "en", "Home", "Register", index=12),
    *rm("nav_label", "de", "Zurück zum Blog", "Inhaltsverzeichnis", from_end=COUNT - 1),
    *keep("nav_label", "de", "Startseite der Stadt wurde gehackt, teilte die Polizei mit."),
    *rm("nav_label", "fr", "Retour au blog", "Table des matières", from_end=COUNT - 1),
    *keep("nav_label", "fr", "Retour au calme dans le port après la tempête."),
    *rm("nav_label", "es", "Volver al blog", "Tabla de contenidos", from_end=COUNT - 1),
    *keep("nav_label", "es", "Inicio de la temporada: el puerto espera a 40.000 visitantes."),
]

# --- feedback_prompt ---------------------------------------------------------------

FEEDBACK_PROMPT = [
    *rm(
        "feedback_prompt",
        "en",
        "Was this article helpful?",
        "Was this page useful? Yes No",
        "How did you like this week's newsletter?",
        "Rate this article",
        "How would you rate today's newsletter?",
        "Did you bake this recipe? Leave a comment and a rating below so others can find it!",
        "Tried this recipe? Let us know how it went in the comments below.",
    ),
    *keep(
        "feedback_prompt",
        "en",
        "Was this article helpful to the defence? The judge thought not.",
        "How was this issue settled in the end?",
        "Rate this year's harvest as average, the growers said.",
        "Was this information useful to the attackers, investigators asked.",
        "How was this newsletter funded before the grant?",
        "Did you make this recipe with fresh yeast? Then halve the amount and add ten minutes.",
    ),
    *rm("feedback_prompt", "de", "War dieser Artikel hilfreich?"),
    *rm("feedback_prompt", "fr", "Cet article vous a-t-il été utile ?"),
    *rm("feedback_prompt", "es", "¿Te ha resultado útil este artículo?"),
]

# --- form_fine_print ---------------------------------------------------------------

FORM_FINE_PRINT = [
    *rm(
        "form_fine_print",
        "en",
        "By entering your address, you agree to receive our weekly emails and occasional offers.",
        "and agree to our Terms of Use and Privacy Notice.",
        "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
        "No spam. Unsubscribe at any time.",
        "By clicking Subscribe, you acknowledge that you have read our Privacy Policy.",
    ),
    *keep(
        "form_fine_print",
        "en",
        "By signing up for the card, you agree to the bank's terms, which include a 29% rate after a year.",
        "By subscribing to three streaming services, you spend more than on cable, the study found.",
        "Our privacy policy changed in May, the company said in a statement.",
        "And agree to our terms they did: the union signed on Friday.",
        "You can unsubscribe at any time by texting STOP, the carrier said.",
    ),
    *rm("form_fine_print", "de", "Mit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung."),
    *keep("form_fine_print", "de", "Mit der Anmeldung akzeptieren Sie die Regeln des Vereins, sagte der Vorsitzende."),
    *rm("form_fine_print", "fr", "En vous inscrivant, vous acceptez notre politique de confidentialité."),
    *rm("form_fine_print", "es", "Al suscribirte, aceptas nuestra política de privacidad."),
]

# --- contact_line ------------------------------------------------------------------

CONTACT_LINE = [
    *rm(
        "contact_line",
        "en",
        "Write to Jane Doe at jane.doe@example.com",
        "Email: lessons@example.com",
        "Phone number: 555 010 4477",
        "CONTACT INFO",
        "Tel: +44 (0)20 7946 0123",
        "Media contact: press@example.org",
        from_end=2,
    ),
    *keep(
        "contact_line",
        "en",
        "Write to the council at ferry@example.org before Friday.",
        "Email the council at ferry@example.org before Friday to object.",
        "Call 555 0100 to book a seat on the evening boat.",
        "Phone: the new wallet?",
        "Contact with the ship was lost at 23:40.",
        "Email: a history of the inbox, from 1971 to now",
    ),
    *keep("contact_line", "en", "Email: lessons@example.com", index=10),  # mid-story
    *rm("contact_line", "de", "Telefon: 030 1234567"),
    *keep("contact_line", "de", "Telefon und Fax waren tagelang gestört, sagte der Hafenmeister."),
    *rm("contact_line", "fr", "Téléphone : 01 23 45 67 89"),
    *rm("contact_line", "es", "Teléfono: 912 345 678"),
]

# --- closing_ask -------------------------------------------------------------------

CLOSING_ASK = [
    *rm(
        "closing_ask",
        "en",
        "The Lantern is a one-person blog. If you enjoyed this review, consider passing it on to a friend, and if "
        "you can spare it, a small monthly tip keeps the lights on and the books coming; every reader who chips "
        "in pays for a little more of the hosting, the postage and the review copies.",
        "If you enjoyed this post, consider buying me a coffee so I can keep testing trail shoes every month.",
        "If you liked this guide, please share it with a friend who is learning to sail.",
        "If you liked this review, subscribe for more and follow along as I work through the rest of the series.",
        "If you appreciated this story, please support our local reporting with a small monthly donation today.",
        "If you enjoyed this article, please consider sharing it and subscribing to the Harbour Digest.",
        from_end=1,
    ),
    *keep(
        "closing_ask",
        "en",
        "If you liked this review, the sequel is even better, and it arrives in paperback in May.",
        "If you liked this article, share it, the editor wrote in a note to staff that leaked on Monday.",
        "If you enjoy the story of the ferry, the museum on the quay tells it in far more detail.",
        "If you like the harbour walk, the longer route over the cliffs adds an hour and better views.",
        "Readers who liked the article asked us to consider a follow-up on the night shift.",
    ),
    *keep(
        "closing_ask",
        "en",
        "If you enjoyed this post, consider buying me a coffee so I can keep testing trail shoes every month.",
        index=8,  # not among the last lines
    ),
]


# --- dateline ----------------------------------------------------------------------

DATELINE = [
    *rm(
        "dateline",
        "en",
        "Last updated: March 3, 2024",
        "Published on 5 October 2024 at 14:05",
        "May 2, 2024",
        "Mar 14, 2024 • 7 Minute Read",
        "- Published 4 February 2021",
        "- 2 days ago",
        from_end=COUNT - 1,
    ),
    *keep(
        "dateline",
        "en",
        "Published on March 3, 2024, the report found that ferry use had doubled.",
        "Updated rules take effect on 1 June 2025 for all operators.",
        "2025-12-19:",
        "May 2, 2024 was the hottest spring day on record at the harbour.",
        "Posted on the pier, the notice gave the new times.",
        "Two days ago the pier was closed.",
        "Last Updated:",
        index=1,
    ),
    *keep("dateline", "en", "May 2, 2024", index=12),  # a timeline's date, mid-story
]

# --- image_credit -------------------------------------------------------------------

IMAGE_CREDIT = [
    *rm(
        "image_credit",
        "en",
        "Photo: Shutterstock",
        "Photo courtesy of Harbour Museum",
        "Image credit: © Depositphotos.com/harbour",
        "Featured image from Unsplash",
    ),
    *rm("image_credit", "de", "Foto: dpa"),
    *rm("image_credit", "ru", "Фото: ТАСС"),
    *rm("image_credit", "hi", "फोटो: पीटीआई"),
    *keep(
        "image_credit",
        "en",
        "Photo ID is required at the polls.",
        "Photos of the flood spread online within minutes.",
        "Photo sources and display controls",
        "Cover photo contest winners announced at the festival",
        # a caption too long for a credit
        "Photo: The mayor, centre, opened the bridge on Monday after three years of works that cost the city "
        "more than it had budgeted, and the crowd cheered.",
    ),
]

# --- copyright_line -----------------------------------------------------------------

COPYRIGHT_LINE = [
    *rm(
        "copyright_line",
        "en",
        "Copyright © 2019 Harbour Media. All rights reserved.",
        "© 2024 Harbour Times",
        "copyright Harbour Review 2019 - ISSN: 1234-5678",
        "© 2019 Harbour Press. All Rights Reserved. This material may not be published, broadcast or rewritten.",
        "Copyright ⓒ harbour.example.com. 무단전재 및 재배포 금지",
    ),
    *rm("copyright_line", "de", "Alle Rechte vorbehalten."),
    *rm("copyright_line", "fr", "© 2024 Le Port. Tous droits réservés."),
    *keep(
        "copyright_line",
        "en",
        "Copyright law lets authors control copies for 70 years.",
        "Copyright holders sued the site in 2019.",
        "© Reuters",
        "All rights reserved, the label said, but the song leaked anyway and reached number one that summer.",
        "Copyright 2013 is printed on the first page of the book.",
    ),
    # the notice, but mid-story: a story quoting a book's imprint
    *keep("copyright_line", "en", "© 2024 Harbour Times", index=8),
    # the pointer to the terms of reuse
    *rm(
        "copyright_line",
        "en",
        "Want to use code from this post? Check out the license.",
        "Want to republish this story? Read our republishing guidelines.",
        "Republish this article",
        from_end=1,
    ),
    *rm("copyright_line", "de", "Diesen Artikel weiterverwenden"),
    *keep(
        "copyright_line",
        "en",
        "Want to use code from this post? The repository has a test suite you can run first.",
        "Check out the license plate on the second van: the council says it was cloned.",
        "See the licence conditions the council attached to the new ferry operator.",
    ),
]

# --- menu_run, link_list, trailing_label ------------------------------------------------

STORY_LINES = (
    "The harbour council voted on Tuesday to add three evening crossings to the ferry timetable.",
    "Under the new schedule, the last boat leaves the north pier at 23:40 on weekdays.",
    "Nurses who had campaigned for the change welcomed the vote.",
)
MENU_EN = ("Home", "Latest News", "India News", "World News", "Cities", "Entertainment", "Sports & Games",
           "Cricket", "Lifestyle")
MENU_DE = ("Startseite", "Politik", "Wirtschaft", "Kultur", "Sport", "Wissen", "Reisen", "Meinung")
MENU_RU = ("Главная", "Новости", "Политика", "Экономика", "Спорт", "Культура", "Наука", "Общество")
# a comparison table flattened into one cell a line: seven labels, then figures
TABLE = ("Certification", "Provider", "Cost", "Duration", "Benefits", "Exam Format", "Renewal", "$225 to $300",
         "3 hours", "Entry level")
INGREDIENTS = ("Flour", "Sugar", "Butter", "Eggs", "Milk", "Salt", "2 tsp baking powder", "Vanilla")
CODE = ("<ul>", "{items.map(item => (", "<li>", "Delete", "</li>", "))}", "</ul>", "</div>", "Submit")


# the menu sits mid-document, past the first and last lines where nav_label
# would take a lone "Home" anyway
PROSE = STORY_LINES * 2
MENU_RUN = [
    # every entry of a menu of nine, from its first to its last
    *in_document("menu_run", "menu_run", "en", PROSE + MENU_EN + PROSE, 6, 7, 10, 13, 14),
    *in_document("menu_run", "menu_run", "de", PROSE + MENU_DE + PROSE, 6, 13),
    *in_document("menu_run", "menu_run", "ru", PROSE + MENU_RU + PROSE, 6, 13),
    # seven labels, then the table's figures: too short a run
    *in_document(None, "menu_run", "en", STORY_LINES + TABLE + STORY_LINES, 3, 6, 9),
    # a list whose lines carry digits breaks the run
    *in_document(None, "menu_run", "en", STORY_LINES + INGREDIENTS, 3, 10),
    # code: brackets and slashes are not labels
    *in_document(None, "menu_run", "en", STORY_LINES + CODE, 6, 11),
    # the same labels, one alone as a section heading
    *in_document(None, "menu_run", "en", PROSE + ("Home",) + PROSE, 6),
]

LINK_LIST = [
    *rm(
        "link_list",
        "de",
        "Sie suchen: Werbeagentur Hafenstadt / Werbeagentur Nordstadt / Webdesign Hafenstadt / Shop Agentur / "
        "App Entwicklung / Schnittstellen Programmierung",
    ),
    *rm(
        "link_list",
        "en",
        "Home / News / Harbour / Ferries / Weather",
        "Topics: ferries / harbour budget / night shifts / island schools / parking charges",
        "Web design Harbourtown / SEO Harbourtown / Shop agency / App development / Hosting",
        from_end=1,
    ),
    *rm("link_list", "fr", "Accueil / Actualités / Port / Ferries / Météo"),
    *keep(
        "link_list",
        "en",
        "The ferry runs Monday / Wednesday / Friday in winter. In summer / autumn / spring it runs daily.",
        "The boats run 24/7 in summer, at up to 30 km/h, the operator said.",
        "Residents can pay by card and / or cash at the kiosk.",
        "Relaunch checklists: shop / website",
        "Councillors weighed three options / a cheaper season ticket / a free evening boat, and rejected all.",
    ),
    *keep("link_list", "de", "Die Fähre fährt montags / mittwochs / freitags. Im Sommer fährt sie täglich."),
]

TRAILING_LABEL = [
    *rm("trailing_label", "en", "Proudly supporting", "View author page", "Sign up now", "See full bio",
        "Download the app"),
    *rm("trailing_label", "de", "Mehr anzeigen"),
    *keep(
        "trailing_label",
        "en",
        "Jane Doe",
        "Andrew",
        "Thanks for reading.",
        "Fitness",
        "Harbour Times Staff",
        index=COUNT - 1,  # the very last line
    ),
    *keep("trailing_label", "en", "Proudly supporting"),  # not the last line
    *keep("trailing_label", "fr", "Marie Dupont", index=COUNT - 1),
]

# --- tail_section ------------------------------------------------------------------------

STORY_TAIL = PROSE + (
    "The operator will publish the full timetable next month.",
    "More from Harbour Times:",
    "Pier repairs start in May",
    "Island school gets a new boat",
)
AUTHOR_TAIL = PROSE + (
    "The first evening boats run from the start of the spring season.",
    "About the Author:",
    "Jane Doe has covered the harbour for the Harbour Times since 2015 and writes about transport.",
)
SERVICES_TAIL = PROSE + ("Our Services", "Ferry charters for weddings and events", "Harbour tours",
                         "Sunset cruises on the bay, May to September.")
GERMAN_TAIL = PROSE + ("Die ersten Abendfähren fahren ab April.", "Über den Autor",
                       "Max Muster schreibt seit 2015 über den Hafen.")
# a guide whose own section comes early: "About us" as the 4th of 20 lines
EARLY = PROSE[:3] + ("About us",) + PROSE * 3
TAIL_SECTION = [
    *in_document("tail_section", "tail_section", "en", STORY_TAIL, 8, 9),
    *in_document("tail_section", "tail_section", "en", AUTHOR_TAIL, 8),
    *in_document("tail_section", "tail_section", "en", SERVICES_TAIL, 7, 9),
    *in_document("tail_section", "tail_section", "de", GERMAN_TAIL, 8),
    # the lines before the heading stay
    *in_document(None, "tail_section", "en", STORY_TAIL, 5, 6),
    *in_document(None, "tail_section", "en", AUTHOR_TAIL, 6),
    *in_document(None, "tail_section", "de", GERMAN_TAIL, 6),
    # a heading higher up than the last eight lines cuts nothing
    *in_document(None, "tail_section", "en", EARLY, 12, 20),
    # a sentence that only starts like the heading is no heading
    *in_document(None, "tail_section", "en", PROSE + (
        "More from the harbour: the council also approved a new fish market.", "The market opens in June.",
    ), 7),
]

CASES = [
    *BYLINE_META,
    *NAV_LABEL,
    *FEEDBACK_PROMPT,
    *FORM_FINE_PRINT,
    *CONTACT_LINE,
    *CLOSING_ASK,
    *DATELINE,
    *IMAGE_CREDIT,
    *COPYRIGHT_LINE,
    *MENU_RUN,
    *LINK_LIST,
    *TRAILING_LABEL,
    *TAIL_SECTION,
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_line(case: Case):
    check_line(case)


@pytest.mark.parametrize("rule", chrome.RULES, ids=lambda r: r.name)
def test_patterns_stay_fast_on_long_adversarial_lines(rule):
    assert_fast_on_adversarial_lines(rule)
