"""The text of the private aggregator web (bench/aggregator_web.py), all written for it.

- STORIES: hand-written news items (council votes, weather, transport,
  courts, sport; English, German, French), the four trap stories among them:
  stories ABOUT cookie law, Telegram channels, news aggregators and
  newsletters, which quote the very lines cleaning removes elsewhere;
- TEMPLATES: slot-filled English news items, so the web can hold more
  stories than were written by hand (every paragraph has slots, so no two
  stories share a line a site-memory rule could learn);
- the boilerplate bank in two halves, TUNING and HELD_OUT: the same kinds of
  line (app and channel promos, "Catch all the latest news ... Download the X
  App", social promos, disclaimers, cookie-settings text, related-story
  pointers, publishers' cookie banners, "read the original" lines) in
  different wordings. Tune on TUNING; quote figures of HELD_OUT only;
- SPIN: the content farm's word swaps.

`{site}` is the aggregator's (or farm's) name, `{title}` another story's
headline, `{publisher}` the original's publisher, `{url}` its URL.
"""

from __future__ import annotations

# -- stories ---------------------------------------------------------------
# key: (language, publisher, topic, trap or None, title, author, paragraphs)

STORIES: dict[str, tuple] = {
    "cookie-law": (
        "en", "northgate", "courts", "cookie_law",
        "Regulator fines three shops over cookie banners that hid the reject button",
        "Priya Raman",
        (
            "The regional data protection office has fined three online retailers a combined "
            "410,000 euros for cookie banners that made refusing tracking far harder than "
            "accepting it, the office said on Thursday.",
            "Inspectors found that one banner read \"We use cookies to improve your experience. "
            "By continuing to browse, you accept our use of cookies\" and offered no way to "
            "decline on its first screen.",
            "Under the rules a visitor must be able to reject cookies as easily as accept them, "
            "and the office said a pre-ticked box or a hidden \"Cookie settings\" link does not "
            "meet that test.",
            "The retailers have four weeks to change their sites. Two of them said they would "
            "appeal, arguing that the guidance on button colours had changed twice in a year.",
            "Consumer groups welcomed the decision and said they had counted more than 200 "
            "complaints about cookie pop-ups since January.",
        ),
    ),
    "telegram-alerts": (
        "en", "northgate", "transport", "telegram",
        "Transport office moves service alerts to a Telegram channel",
        "Daniel Okafor",
        (
            "Northgate's transport office will post tram and bus disruptions on a Telegram "
            "channel from next month, after its text-message service was switched off to save "
            "60,000 pounds a year.",
            "Posters at stops will read \"Join our Telegram channel for live service alerts\", "
            "with a QR code, the office said, and a WhatsApp version is being tested on two bus "
            "routes.",
            "Councillor Amira Haddad, who chairs the transport committee, said about 14,000 "
            "residents had used the old service and that nobody would be left without updates.",
            "Residents without a smartphone can still call the travel line, which stays open "
            "from 6am to 10pm, and every alert will also appear on the office's website.",
            "Privacy campaigners asked the office to publish how long it keeps the phone numbers "
            "of channel members; the office said it stores none.",
        ),
    ),
    "aggregator-study": (
        "en", "lakeshore", "media", "aggregators",
        "Study finds news aggregators republish stories with little credit to their authors",
        "Hannah Morel",
        (
            "A university study of 1,200 pages on 40 news aggregator sites found that fewer than "
            "half linked clearly to the publisher whose story they had copied.",
            "Many of the sites padded each copy with lines such as \"For the latest news and "
            "updates, follow us on Google News\", the researchers wrote, while the reporter's "
            "name was often dropped.",
            "Dr Lena Fischer, who led the study, said the copies drew readers away from the local "
            "newsrooms that had paid for the reporting in the first place.",
            "The aggregators contacted for the study said they acted in good faith and removed "
            "any story on request, usually within 24 hours.",
            "The researchers plan to repeat the count next year and to publish the list of the "
            "sites they examined.",
        ),
    ),
    "newsletter-milestone": (
        "en", "lakeshore", "media", "newsletters",
        "Herald's free morning newsletter reaches 20,000 readers in its first year",
        "Tom Baxter",
        (
            "The Lakeshore Herald's morning newsletter passed 20,000 subscribers this week, a "
            "year after the paper launched it to reach readers who no longer visit its website.",
            "Editor Ruth Adeyemi said the line \"Subscribe to our newsletter\" at the foot of "
            "each story had brought in more sign-ups than any advertising campaign the paper "
            "had run.",
            "The newsletter is written by two reporters who start work at 5am, and it goes out "
            "at 7am every weekday with the day's council, school and traffic news.",
            "About 38 per cent of readers open it on a typical morning, according to figures the "
            "paper shared, well above the industry average it cited.",
            "A weekend edition about sport and local events is planned for the autumn.",
        ),
    ),
    "bridge-vote": (
        "en", "northgate", "council", None,
        "Council votes to rebuild the Mill Lane bridge after years of delay",
        "Priya Raman",
        (
            "Northgate council voted 31 to 12 on Tuesday night to rebuild the Mill Lane bridge, "
            "closed to cars since cracks were found in its main span in 2023.",
            "The new bridge will cost 8.4 million pounds, most of it from a regional transport "
            "grant, and is due to open to traffic in the spring of 2028.",
            "Opposition members argued that a cheaper repair would have reopened the crossing "
            "two years sooner, but engineers told the meeting the old span could not carry buses.",
            "Shop owners on both banks said the closure had cut their trade by a fifth, and a "
            "temporary footbridge will stay in place while the work goes on.",
        ),
    ),
    "storm-warning": (
        "en", "lakeshore", "weather", None,
        "Storm brings flooding to lakeside roads and cuts power to 3,000 homes",
        "Marcus Lindqvist",
        (
            "Heavy rain and winds of up to 90 kilometres an hour flooded roads along the "
            "lakeshore overnight, and about 3,000 homes were left without power on Sunday morning.",
            "The weather service had issued an amber warning on Saturday afternoon and said more "
            "than 60 millimetres of rain fell in twelve hours at the harbour gauge.",
            "Fire crews pumped water from a care home on Station Road and helped two drivers whose "
            "cars had stalled in an underpass, the county fire service said.",
            "The power company expected to reconnect most homes by the evening, and the coast road "
            "will stay closed until the water has drained.",
        ),
    ),
    "tram-extension": (
        "en", "northgate", "transport", None,
        "Tram line to the airport will open six months late",
        "Daniel Okafor",
        (
            "The tram extension to Northgate airport will open in March 2027, six months later "
            "than planned, because of a shortage of signalling engineers, the operator said.",
            "The 5.2-kilometre line adds four stops and is meant to cut the journey from the "
            "central station to the terminal to 18 minutes.",
            "Test runs with empty trams will start in the autumn, and the airport bus will keep "
            "running every ten minutes until the line opens.",
            "The delay will add about 3 million pounds to the cost, which the operator said it "
            "would cover from its own reserves rather than from fares.",
        ),
    ),
    "fraud-trial": (
        "en", "lakeshore", "courts", None,
        "Former treasurer jailed for taking 240,000 from a rowing club",
        "Hannah Morel",
        (
            "A former treasurer of the Lakeshore Rowing Club was jailed for three years on Friday "
            "for taking 240,000 pounds from its accounts over seven years.",
            "The court heard that Gareth Lyle, 58, moved money into his own account in small "
            "sums labelled as boat repairs and spent it on holidays and a second car.",
            "Judge Helen Carver said he had betrayed the trust of volunteers who had raised the "
            "money at bake sales and regattas.",
            "The club, which has 400 members, said it had changed its rules so that two officers "
            "must now approve every payment.",
        ),
    ),
    "cup-final": (
        "en", "northgate", "sport", None,
        "Northgate Rovers win the county cup on penalties",
        "Marcus Lindqvist",
        (
            "Northgate Rovers won the county cup for the first time in 19 years on Saturday, "
            "beating Eastfield Town 4-3 on penalties after a 2-2 draw.",
            "Eastfield led twice through goals from Sam Pryce, but Rovers captain Jordan Mbeki "
            "levelled with a header four minutes from the end of extra time.",
            "Goalkeeper Luis Carvalho saved the last two penalties in front of a crowd of 6,800 "
            "at the Riverside Ground.",
            "Rovers will now play in the regional trophy, which starts in August.",
        ),
    ),
    "de-haushalt": (
        "de", "alpenland", "council", None,
        "Gemeinderat beschließt neues Hallenbad trotz knapper Kassen",
        "Katrin Albers",
        (
            "Der Gemeinderat hat am Mittwochabend mit 19 zu 8 Stimmen den Bau eines neuen "
            "Hallenbads beschlossen, obwohl die Stadt im kommenden Jahr mit einem Defizit rechnet.",
            "Das Bad soll 14,5 Millionen Euro kosten und im Herbst 2028 öffnen; das alte Becken "
            "aus dem Jahr 1971 muss wegen maroder Leitungen schließen.",
            "Die Opposition hatte verlangt, zuerst die Sanierung der Grundschulen zu bezahlen, "
            "und kündigte an, die Finanzierung im Haushaltsausschuss erneut zu prüfen.",
            "Schwimmvereine und Schulen begrüßten den Beschluss, weil sie seit Monaten in "
            "Nachbarorte ausweichen müssen.",
        ),
    ),
    "de-unwetter": (
        "de", "alpenland", "weather", None,
        "Hagel und Sturm richten im Tal schwere Schäden an",
        "Jonas Wieland",
        (
            "Ein Unwetter mit Hagelkörnern von bis zu vier Zentimetern hat am Montagabend im "
            "oberen Tal Dächer, Autos und Felder beschädigt.",
            "Die Feuerwehr rückte nach eigenen Angaben zu mehr als 120 Einsätzen aus, vor allem "
            "wegen umgestürzter Bäume und vollgelaufener Keller.",
            "Auf der Landstraße zwischen Oberau und Kirchberg blieb der Verkehr über zwei "
            "Stunden gesperrt, verletzt wurde niemand.",
            "Die Landwirte schätzen, dass ein Drittel der Obsternte verloren ist, und fordern "
            "schnelle Hilfe vom Land.",
        ),
    ),
    "fr-tram": (
        "fr", "alpenland", "transport", None,
        "La ligne de tramway vers le nouveau quartier ouvrira en septembre",
        "Claire Dumont",
        (
            "La nouvelle ligne de tramway reliant la gare au quartier des Tilleuls ouvrira le "
            "1er septembre, a annoncé mardi la régie des transports.",
            "Longue de 4,8 kilomètres, elle compte sept arrêts et doit transporter environ "
            "22 000 voyageurs par jour dès la première année.",
            "Les travaux, commencés il y a trois ans, ont coûté 96 millions d'euros, un peu "
            "moins que le budget prévu au départ.",
            "Les lignes de bus 4 et 11 seront réorganisées pour desservir les nouveaux arrêts "
            "à partir de la rentrée.",
        ),
    ),
    "fr-handball": (
        "fr", "alpenland", "sport", None,
        "Le club de handball se qualifie pour la finale du championnat",
        "Julien Marchand",
        (
            "Le club de handball de la ville s'est qualifié samedi pour la finale du championnat "
            "régional en battant Saint-Rémy 31 à 27 devant 2 300 spectateurs.",
            "Menés de trois buts à la pause, les joueurs de l'entraîneur Karim Benali ont "
            "renversé le match grâce à une défense beaucoup plus agressive.",
            "L'ailier Thomas Girard a inscrit neuf buts, dont quatre dans les dix dernières "
            "minutes, et a été désigné meilleur joueur de la rencontre.",
            "La finale se jouera le 14 juin à domicile, et les billets seront mis en vente "
            "dès lundi.",
        ),
    ),
}

TRAPS = ("cookie_law", "telegram", "aggregators", "newsletters")

# -- templated stories (English) -------------------------------------------
# Slots: {town} {other} {name} {name2} {team} {team2} and numbers {a}..{f};
# the generator fills them from the lists below with the web's seed.

TOWNS = ("Ashbury", "Brackenford", "Calder Vale", "Dunmore", "Elmstead", "Fairhaven",
         "Greystone", "Hollins Cross", "Ivybridge Point", "Kelmscott", "Larkhill", "Marlow Heath",
         "Netherby", "Oakworth", "Pendle Rise", "Quarry Bank", "Redmire", "Stonebridge",
         "Thornbury", "Upton Marsh")
NAMES = ("Aisha Kaur", "Ben Holloway", "Carla Mendes", "Dev Patel", "Elena Rossi",
         "Femi Adebayo", "Grace O'Neill", "Hugo Brandt", "Ines Duarte", "Jack Whitlow",
         "Kemi Lawal", "Liam Fraser", "Maya Chen", "Noah Sterling", "Olivia Grant",
         "Pavel Novak", "Rosa Jimenez", "Sean Gallagher", "Tariq Aziz", "Yara Haddad")
TEAMS = ("Ashbury Athletic", "Brackenford United", "Calder Wanderers", "Dunmore Rangers",
         "Elmstead Town", "Fairhaven Rovers", "Greystone City", "Kelmscott Albion",
         "Larkhill Harriers", "Netherby Celtic")

TEMPLATES: dict[str, tuple[str, tuple[str, ...]]] = {
    "council": (
        "{town} council approves {a} new homes on the old depot site",
        (
            "{town} council's planning committee voted {b} to {c} on Monday to allow {a} new "
            "homes on the former bus depot, after a debate that ran past midnight.",
            "The developer will build {d} of the homes for social rent and pay for a new "
            "crossing on the main road, committee chair {name} told the meeting.",
            "Neighbours in {other} had sent {e} letters of objection, most of them about "
            "parking and the loss of a green strip along the canal.",
            "Work on the {town} site could begin next year if the regional office does not call "
            "the plan in, and the first homes would be ready about {f} months later.",
        ),
    ),
    "weather": (
        "Snow closes schools in {town} as temperatures fall to minus {a}",
        (
            "Snow closed {b} schools in {town} and the villages around it on Wednesday, after "
            "temperatures fell to minus {a} degrees overnight.",
            "Gritters worked through the night on the roads to {other}, but the hill route "
            "stayed shut after {c} lorries jackknifed on the climb, police said.",
            "Forecaster {name} said up to {d} centimetres more could fall on higher ground "
            "before milder air arrives at the weekend.",
            "Bus services in {town} ran on {e} of their usual {f} routes, and the operator asked "
            "passengers to check its timetable before travelling.",
        ),
    ),
    "transport": (
        "Rail line between {town} and {other} to close for {a} weeks of repairs",
        (
            "The railway between {town} and {other} will close for {a} weeks from next month so "
            "that engineers can replace {b} metres of track and a worn-out bridge.",
            "Replacement buses will run every {c} minutes and add about {d} minutes to the "
            "journey, operations director {name} said.",
            "Commuters' groups said the {town} closure had been announced with too little notice, "
            "and asked for cheaper season tickets while the work goes on.",
            "The repairs will cost {e} million pounds and should allow trains to run at {f} "
            "miles an hour on the line, up from the present limit.",
        ),
    ),
    "courts": (
        "{town} landlord fined for letting damp flats to {a} families",
        (
            "A landlord from {town} was fined {b},000 pounds on Thursday for renting out {a} "
            "flats that inspectors found to be damp, cold and unsafe.",
            "Magistrates heard that {name} had ignored {c} warnings from the council over two "
            "years, and that one family had lived with mould on every wall.",
            "His lawyer, {name2}, said he had since spent {d},000 pounds on repairs and had sold "
            "{e} of the properties in {other}.",
            "The council said it would use the fine to pay for {f} more housing inspections in "
            "{town} next year.",
        ),
    ),
    "sport": (
        "{team} beat {team2} {a}-{b} to go top of the league",
        (
            "{team} went top of the league on Saturday with a {a}-{b} win over {team2} in front "
            "of {c} supporters.",
            "Striker {name} scored twice in the first half, and {name2} added another after the "
            "break before {team2} pulled a goal back in the {d}th minute.",
            "{team2} had not lost at home for {e} matches, and their manager said his side had "
            "been second to every loose ball.",
            "{team} are now {f} points clear at the top with five games left, and play their "
            "next match away at {town}.",
        ),
    ),
}

# -- the boilerplate bank --------------------------------------------------
# Kind -> language -> wordings. The kinds are the same in both halves; the
# wordings never repeat across halves (a test checks it).

TUNING: dict[str, dict[str, tuple[str, ...]]] = {
    "promo_app": {
        "en": (
            "Download the {site} app for Android and iOS and never miss a headline.",
            "Get breaking news alerts first: install the {site} app today.",
            "Read {site} on the go. Get our free app on Google Play and the App Store.",
            "Stay informed wherever you are with the {site} mobile app.",
        ),
        "de": ("Laden Sie die {site}-App herunter und erhalten Sie Eilmeldungen direkt auf Ihr Handy.",),
        "fr": ("Téléchargez l'application {site} pour recevoir nos alertes info.",),
    },
    "promo_channel": {
        "en": (
            "We are now on Telegram. Click here to join our channel and stay updated with the "
            "latest headlines.",
            "Join the {site} WhatsApp channel for the day's top stories.",
            "Follow {site} on Telegram for instant news updates.",
            "Get our stories on WhatsApp: tap here to join the {site} channel.",
            "Be part of our Telegram community, click the link to join now.",
        ),
        "de": ("Folgen Sie {site} jetzt auch auf WhatsApp und verpassen Sie keine Nachrichten mehr.",),
        "fr": ("Rejoignez la chaîne Telegram de {site} pour suivre l'actualité en direct.",),
    },
    "promo_latest": {
        "en": (
            "Catch all the latest news, breaking stories and live updates on {site}. Download "
            "the {site} App to get daily news updates.",
            "For all the latest local news, click here.",
            "Catch all the top headlines and trending stories on {site}. Download the {site} "
            "App now.",
            "For more news like this, keep reading {site}.",
        ),
    },
    "promo_social": {
        "en": (
            "For the latest news and updates, follow us on Google News.",
            "Stay connected with us on social media, click here to join our Twitter and Facebook.",
            "Like {site} on Facebook and follow us on X for more stories.",
            "Follow {site} on Google News to get our stories in your feed.",
        ),
    },
    "disclaimer": {
        "en": (
            "This story has not been edited by {site} staff and is auto-generated from a "
            "syndicated feed.",
            "Denial of responsibility! {site} is an automatic aggregator of the world's media. "
            "All content belongs to its rightful owners, and each item links to its original "
            "source. If you own this content and want it removed, email us and it will be "
            "deleted within 24 hours.",
            "Disclaimer: This article is published from a news agency feed without "
            "modifications to the text.",
            "(Except for the headline, this story has not been edited by {site} staff and is "
            "published from a syndicated feed.)",
        ),
        "de": ("Dieser Artikel wurde automatisch aus einem Nachrichtenfeed übernommen und nicht "
               "von der {site}-Redaktion bearbeitet.",),
        "fr": ("Cet article a été publié automatiquement à partir d'un flux d'agence et n'a pas "
               "été modifié par la rédaction de {site}.",),
    },
    "cookie_settings": {
        "en": (
            "We use cookies to personalise content and ads and to analyse our traffic. Accept "
            "all Cookie settings",
            "This site uses cookies. By continuing to browse you agree to our use of cookies. "
            "Manage cookie settings",
            "Cookie settings: you can change your choices at any time from the link in our footer.",
            "We and our partners use cookies to improve your experience. Accept Reject Customise",
        ),
    },
    "related": {
        "en": ("Also read: {title}", "Related: {title}", "Read more: {title}",
               "You might also like: {title}"),
        "de": ("Lesen Sie auch: {title}",),
        "fr": ("À lire aussi : {title}",),
    },
    # the publishers' own banner, at the end of their article pages (and the farm's)
    "cookie_banner": {
        "en": (
            "This website uses cookies to improve your experience. We'll assume you're ok with "
            "this, but you can opt-out if you wish. Accept Read More",
            "We value your privacy. We use cookies to enhance your browsing experience and "
            "analyse our traffic. Accept all Reject all",
            "By clicking \"Accept\", you agree to the storing of cookies on your device to "
            "enhance site navigation. Accept Decline",
        ),
        "de": ("Diese Website verwendet Cookies, um Ihnen das beste Nutzererlebnis zu bieten. "
               "Akzeptieren Ablehnen",),
        "fr": ("Ce site utilise des cookies pour améliorer votre expérience. Accepter Refuser "
               "Paramétrer",),
    },
}

HELD_OUT: dict[str, dict[str, tuple[str, ...]]] = {
    "promo_app": {
        "en": (
            "Never miss a story: the {site} app is free on iPhone and Android.",
            "Download our app for faster loading and breaking news notifications.",
            "Get the {site} app: personalised headlines, offline reading and alerts.",
            "Want the news first? Install {site} from the App Store or Google Play.",
        ),
        "de": ("Mit der kostenlosen {site}-App sind Sie immer auf dem Laufenden.",),
        "fr": ("Retrouvez toute l'actualité sur l'application {site}, disponible gratuitement.",),
    },
    "promo_channel": {
        "en": (
            "Join our WhatsApp channel to get the news as it happens.",
            "{site} is on Telegram! Tap here to subscribe to our channel for instant alerts.",
            "Click here to join our Telegram group and get the top stories every morning.",
            "Now on WhatsApp: follow the {site} channel for the day's biggest headlines.",
            "Get instant updates on Telegram, join @{site}News today.",
        ),
        "de": ("Jetzt neu: {site} auf Telegram. Hier klicken und Kanal abonnieren.",),
        "fr": ("Suivez {site} sur WhatsApp pour ne rien manquer de l'actualité.",),
    },
    "promo_latest": {
        "en": (
            "Catch all the breaking news, trending stories and latest updates on {site}. "
            "Download the {site} App to stay ahead.",
            "Catch all the latest world news and local headlines on {site}. Download the {site} "
            "App for free.",
            "For more latest news and updates, keep visiting {site}.",
            "Read all the latest news, breaking news and top stories only on {site}.",
        ),
    },
    "promo_social": {
        "en": (
            "Follow us on Google News for the latest headlines.",
            "Add {site} as a preferred source on Google News.",
            "Connect with us on Facebook, X and Instagram for more updates.",
            "Stay tuned and follow {site} on social media for instant news.",
        ),
    },
    "disclaimer": {
        "en": (
            "This story has not been edited by our staff and is auto-generated from a "
            "syndicated feed.",
            "Disclaimer: {site} is a news aggregator. This content was republished automatically "
            "and all rights belong to the original publisher.",
            "The views and content in this article are those of the source publication; {site} "
            "has only republished it from an automated feed.",
            "This article was auto-published from a partner feed. {site} takes no responsibility "
            "for its content; all trademarks belong to their respective owners.",
        ),
        "de": ("Hinweis: Dieser Beitrag stammt aus einem automatisierten Nachrichtenfeed und "
               "wurde von {site} nicht redaktionell geprüft.",),
        "fr": ("Cet article est issu d'un flux automatisé et n'a pas été relu par l'équipe de "
               "{site}.",),
    },
    "cookie_settings": {
        "en": (
            "Our site uses cookies and similar technologies. You can manage your preferences in "
            "Cookie settings. Accept Decline",
            "We use cookies to give you the best experience on our website. Change cookie settings",
            "Cookies help us deliver our services. By using our services, you agree to our use "
            "of cookies. Learn more OK",
            "Privacy preferences: we and our partners store and access information on your "
            "device. Agree Manage options",
        ),
    },
    "related": {
        "en": ("Also see: {title}", "ALSO READ | {title}", "More on this: {title}",
               "Recommended: {title}"),
        "de": ("Mehr zum Thema: {title}",),
        "fr": ("Lire aussi : {title}",),
    },
    "cookie_banner": {
        "en": (
            "This site uses cookies to offer you a better browsing experience. Find out more on "
            "how we use cookies. Accept Reject",
            "We care about your privacy: we and our partners use cookies to personalise ads and "
            "measure performance. Agree and close Learn more",
            "Cookies on this website: we use them to make the site work and to improve it. Accept "
            "all cookies Manage settings",
        ),
        "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. "
               "Alle akzeptieren Einstellungen",),
        "fr": ("Nous utilisons des cookies pour vous offrir la meilleure expérience sur notre "
               "site. Tout accepter Personnaliser",),
    },
}

# How a copy names its original: (style, HTML with {url} and {publisher}, visible
# text or None when trafilatura is expected to see no line). Each half has its
# own wordings, all of a form crawler/fetch/sources.py knows (a copy that named
# its source in a way the finder does not know would not be a linked copy at all,
# and the bench's groups are about cleaning, not finding). "canonical" names the
# original in <link rel=canonical> only; "credit_link" is a bare credit line that
# must close the copy (the finder guesses it from the last lines).
SOURCE_STYLES: dict[str, tuple[tuple[str, str, str | None], ...]] = {
    "tuning": (
        ("read_original", '<a href="{url}">Read original article here</a>', "Read original article here"),
        ("source_link", '<a href="{url}">Source link</a>', "Source link"),
        ("originally_published", 'Originally published at <a href="{url}">{publisher}</a>',
         "Originally published at {publisher}"),
        ("source_colon", 'Source: <a href="{url}">{publisher}</a>', "Source: {publisher}"),
        ("canonical", "", None),
    ),
    "held_out": (
        ("full_story_on", 'Read the full story on <a href="{url}">{publisher}</a>',
         "Read the full story on {publisher}"),
        ("continue_reading", '<a href="{url}">Continue reading at the source</a>',
         "Continue reading at the source"),
        ("originally_appeared", 'This story originally appeared on <a href="{url}">{publisher}</a>.',
         "This story originally appeared on {publisher}."),
        ("credit_colon", 'Credit: <a href="{url}">{publisher}</a>', "Credit: {publisher}"),
        ("credit_link", '— <a href="{url}">{publisher}</a>', "— {publisher}"),
        ("canonical", "", None),
    ),
}

# -- the content farm's spinner ---------------------------------------------
# Whole-word swaps, applied left to right; a capitalised word keeps its capital.
SPIN: dict[str, str] = {
    "said": "stated", "says": "states", "city": "town", "residents": "inhabitants",
    "announced": "declared", "new": "fresh", "plans": "schemes", "about": "roughly",
    "after": "following", "before": "prior to", "because": "as", "help": "assist",
    "helped": "assisted", "people": "folks", "decision": "ruling", "meeting": "session",
    "voted": "cast ballots", "heavy": "substantial", "rain": "rainfall", "roads": "streets",
    "road": "street", "court": "tribunal", "judge": "magistrate", "match": "game",
    "team": "side", "win": "victory", "won": "claimed", "supporters": "fans",
    "expected": "anticipated", "cost": "price", "office": "bureau", "warned": "cautioned",
    "closed": "shut", "started": "began", "found": "discovered", "money": "cash",
    "jailed": "imprisoned", "homes": "houses", "begin": "commence", "next": "coming",
    "week": "seven days", "told": "informed", "asked": "requested", "engineers": "technicians",
    "replace": "swap out", "journey": "trip", "passengers": "travellers", "ready": "prepared",
    "debate": "discussion", "allow": "permit", "levelled": "equalised", "crowd": "audience",
    "beating": "defeating", "study": "research", "sites": "websites", "paid": "funded",
}
