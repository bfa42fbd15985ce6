"""Promotional rules (cleaners/rules/promo.py): lines each must remove, article lines it must keep."""

from __future__ import annotations

import pytest

from cleaners.rules import promo
from tests.rules.cases import Case, assert_fast_on_adversarial_lines, check_line, COUNT, keep, rm

# --- source_link -----------------------------------------------------------------

SOURCE_LINK = [
    *rm(
        "source_link",
        "en",
        "Read original article here",
        "Source link",
        "Read the full article on Harbour Times",
        "Originally published at The Harbour Post",
        "Source: Harbour Times",
        "This article originally appeared on harbourtimes.com",
        "Continue reading on Harbour Times",
        "Via: Harbour Times",
        "Source - harbourtimes.com",
        "Originally published on MarketWatch",
    ),
    *rm("source_link", "en", "Source link", from_end=2),
    *rm("source_link", "de", "Quelle: Tagesspiegel", "Zum Originalartikel"),
    *rm("source_link", "es", "Fuente: El Diario", "Leer el artículo original"),
    *rm("source_link", "ru", "Источник: ТАСС", "Читать оригинал"),
    *rm("source_link", "hi", "स्रोत: पीटीआई"),
    # On an original (no source_url) the same lines are attribution or a real link.
    *keep("source_link", "en", "Source: Reuters", "Read original article here", "Source link", source=None),
    *keep("source_link", "de", "Quelle: dpa", source=None),
    *keep(
        "source_link",
        "en",
        "Sources said the talks would resume next week.",
        "Credit card debt rose 3% in May, the central bank said.",
        "Original plans for the bridge were abandoned in 2015.",
        "Via Rail cancelled all trains between Toronto and Montreal on Sunday.",
        "See the full report by the audit office, which found that the ferry contract cost taxpayers "
        "£40m more than planned over a decade.",
        "Originally published in March 2022. Last updated on December 20, 2024.",
        "Originally published on Tuesday, the guidance was withdrawn a day later.",
    ),
    # Mid-article, a label is the article's own attribution (a chart's source).
    *keep("source_link", "en", "Source: Bureau of Labor Statistics", "Source: Harbour Times", index=6),
]

# --- promo_channel ---------------------------------------------------------------

PROMO_CHANNEL = [
    *rm(
        "promo_channel",
        "en",
        "We are now on Telegram. Click here to join our channel (@HarbourNews) and stay updated with "
        "the latest headlines.",
        "Join our WhatsApp channel for the latest updates",
        "Click here to join our Telegram channel",
        "We're also on WhatsApp: join us for breaking news alerts.",
        "For breaking news, join our Telegram channel @harbourtimes",
        "Stay updated: subscribe to our Telegram channel.",
        "Tap here to join our WhatsApp community",
        "Join us on Telegram",
        "We are on Telegram: click here to subscribe",
    ),
    *rm("promo_channel", "en", "Join our WhatsApp channel", from_end=3),
    *keep(
        "promo_channel",
        "en",
        "Protesters organised on Telegram, where the channel grew to two million members in a week.",
        '"Join our Telegram channel," the organiser urged the crowd outside parliament.',
        "“Join our Telegram channel,” the organiser urged.",
        "The ministry said it would join the WhatsApp channels of local councils to answer questions.",
        "Opposition groups used Telegram channels to share the locations of polling stations and "
        "police checkpoints.",
        "“We are now on Telegram and Signal,” one activist said, “because the other apps are blocked.”",
        "We are on Telegram too, the police chief told reporters, urging residents to report looting.",
        "Members who join our union's Telegram group get legal advice, the organiser said.",
        "Join our Telegram channel, the organiser urged the crowd outside parliament.",
        "We are now on WhatsApp, the council announced, offering residents updates on bin collections.",
        "Join the Facebook group of the campaign, the flyer said, and you will hear of the next march.",
    ),
    *rm("promo_channel", "en", "Join the Facebook group – facebook.com/harbourwalkers", from_end=2),
    *rm(
        "promo_channel",
        "de",
        "Treten Sie unserem WhatsApp-Kanal bei",
        "Abonnieren Sie unseren Telegram-Kanal für aktuelle Nachrichten",
    ),
    *keep(
        "promo_channel",
        "de",
        "Die Protestbewegung organisierte sich vor allem über Telegram-Kanäle, denen Hunderttausende "
        "folgten.",
        "„Treten Sie unserem Telegram-Kanal bei“, rief der Organisator der Menge zu.",
    ),
    *rm("promo_channel", "fr", "Rejoignez notre chaîne WhatsApp pour recevoir l'essentiel de l'actualité"),
    *keep(
        "promo_channel",
        "fr",
        "Les manifestants se coordonnaient sur des chaînes Telegram suivies par des dizaines de milliers "
        "de personnes.",
        "« Rejoignez notre chaîne Telegram », lançait l'organisateur à la foule.",
    ),
    *rm(
        "promo_channel",
        "es",
        "Únete a nuestro canal de Telegram",
        "Si quieres estar al día, únete a nuestro canal de WhatsApp",
    ),
    *keep(
        "promo_channel",
        "es",
        "Los manifestantes se organizaron a través de canales de Telegram con cientos de miles de "
        "suscriptores.",
        "«Únete a nuestro canal de Telegram», repetía el organizador ante la multitud.",
        "Únete a nuestro canal de Telegram, dijo el organizador a la multitud.",
    ),
    *rm("promo_channel", "it", "Iscriviti al nostro canale Telegram", "Unisciti al nostro canale WhatsApp"),
    *keep(
        "promo_channel",
        "it",
        "I manifestanti si coordinavano attraverso canali Telegram seguiti da migliaia di persone.",
        "«Iscriviti al nostro canale Telegram», ripeteva l'organizzatore alla folla.",
    ),
    *rm("promo_channel", "pt", "Junte-se ao nosso canal no Telegram", "Entre no nosso canal do WhatsApp"),
    *keep(
        "promo_channel",
        "pt",
        "Os manifestantes se organizavam por canais no Telegram com milhares de membros.",
    ),
    *rm("promo_channel", "nl", "Word lid van ons Telegram-kanaal", "Volg ons WhatsApp-kanaal"),
    *keep(
        "promo_channel",
        "nl",
        "Demonstranten organiseerden zich via Telegram-kanalen met tienduizenden volgers.",
    ),
    *rm(
        "promo_channel",
        "ru",
        "Подписывайтесь на наш Telegram-канал",
        "Подпишитесь на наш канал в Telegram",
        "Больше новостей — в нашем Telegram-канале",
        "Мы теперь в Telegram: подписывайтесь!",
    ),
    *keep(
        "promo_channel",
        "ru",
        "Участники протестов координировали действия через Telegram-каналы, у которых сотни тысяч "
        "подписчиков.",
        "«Подписывайтесь на наш Telegram-канал», — призывал организатор акции.",
        "Мы уже в Telegram-чате обсуждали это весь вечер, рассказал один из участников.",
        "Подписывайтесь на наш Telegram-канал, — призывал организатор акции.",
    ),
    *rm(
        "promo_channel",
        "hi",
        "हमारे टेलीग्राम चैनल से जुड़ें",
        "देश-दुनिया की ताज़ा खबरों के लिए हमारे WhatsApp चैनल से जुड़ें",
        "हमारे व्हाट्सएप चैनल को फॉलो करें",
    ),
    *keep(
        "promo_channel",
        "hi",
        "प्रदर्शनकारियों ने टेलीग्राम चैनलों के ज़रिए रैलियों का आयोजन किया, जिनसे लाखों लोग जुड़े हैं।",
        '"हमारे टेलीग्राम चैनल से जुड़ें," आयोजक ने भीड़ से अपील की।',
        "हमारे टेलीग्राम चैनल से जुड़ें, आयोजक ने कहा।",
    ),
]

# --- promo_social ----------------------------------------------------------------

PROMO_SOCIAL = [
    *rm(
        "promo_social",
        "en",
        "For the latest news and updates, follow us on Google News",
        "Follow us on Twitter @HarbourTimes",
        "Follow The Harbour Times Opinion section on Facebook, Twitter (@HarbourOpinion) and Instagram.",
        "Follow Harbour Sport on Instagram, Facebook, Twitter and YouTube.",
        "Subscribe to Harbour Tech on YouTube for more gadget news:",
        "Follow me on Instagram: @harbourhomes",
        "Like us on Facebook and follow us on Instagram",
        "Stay connected with us on social media platform for instant update click here to join our "
        "Twitter, & Facebook",
        "Enjoyed this story? Follow us on X for more.",
        "You can also follow us on Facebook, Instagram and YouTube.",
        "Don't forget to share this story on WhatsApp",
        "Find us on Flipboard",
        "Follow us",
        "Follow us on:",
        "Add Harbour Times as a preferred source on Google",
        "Stay connected with me!",
        "Catch up on our coverage of the harbour, and follow us on Facebook, Instagram and TikTok to stay up to date.",
    ),
    *keep(
        "promo_social",
        "en",
        "Follow the money and you find the harbour board on Twitter.",
        "Follow the election on Twitter and Facebook, the editor told readers.",
        "Fans who follow us on Instagram know the team's dog better than its captain.",
        "Keep in touch with your GP, and follow up on any test within two weeks.",
        "Police asked residents to follow the advice posted on Twitter and stay indoors.",
        '"Follow us on Telegram," he told the crowd, before the police cut the sound.',
        "The brand's slogan, follow us on Instagram, appeared on every bus shelter in the city.",
        "Millions follow the prime minister on X, where he posts several times a day.",
        "Find us at the harbour, the stallholders told visitors, promising fresh fish every Saturday.",
        "For years, the band asked fans to follow us on MySpace, its singer recalled.",
        "Like us, many families in Facebook groups complained about the delays.",
        "Follow us on Twitter, police told residents as the storm approached.",
    ),
    *rm(
        "promo_social",
        "de",
        "Folgen Sie uns auf Google News",
        "Keine Nachricht mehr verpassen: Folgen Sie uns auf Facebook und Instagram",
    ),
    *keep(
        "promo_social",
        "de",
        "„Folgen Sie uns auf Telegram“, rief der Organisator der Menge zu.",
        "Folgen Sie uns auf Telegram, sagte der Organisator der Menge.",
        "Mehr als eine Million Menschen folgen dem Kanzler auf Instagram.",
    ),
    *rm(
        "promo_social",
        "fr",
        "Suivez-nous sur Google News",
        "Pour ne rien manquer de l'actualité, suivez-nous sur Facebook",
    ),
    *keep(
        "promo_social",
        "fr",
        "Des milliers d'internautes suivent le ministre sur X depuis son élection.",
        "Suivez-nous sur Telegram, a déclaré l'organisateur aux manifestants.",
    ),
    *rm("promo_social", "es", "Síguenos en Google News", "Síguenos también en Instagram y TikTok"),
    *keep("promo_social", "es", "Síguenos, gritaban los manifestantes mientras avanzaban hacia el Congreso."),
    *rm("promo_social", "it", "Seguici su Google News", "Resta aggiornato, seguici su Facebook"),
    *keep(
        "promo_social",
        "it",
        "Milioni di utenti seguono il presidente su Instagram, dove pubblica ogni giorno.",
        "Seguici su Telegram, ha detto l'organizzatore alla folla.",
    ),
    *rm("promo_social", "pt", "Siga-nos no Google News", "Siga-nos nas redes sociais"),
    *keep(
        "promo_social",
        "pt",
        "“Siga-nos no Telegram”, pediu o organizador aos manifestantes.",
        "Siga-nos no Telegram, disse o organizador aos manifestantes.",
    ),
    *rm("promo_social", "nl", "Volg ons op Twitter", "Volg ons ook op Google News"),
    *keep(
        "promo_social",
        "nl",
        "'Volg ons op Telegram', riep de organisator naar de menigte.",
        "Volg ons op Telegram, zei de organisator tegen de menigte.",
    ),
    *rm(
        "promo_social",
        "ru",
        "Читайте нас в Дзене",
        "Подписывайтесь на нас в соцсетях",
        "Следите за нами в Telegram",
    ),
    *keep("promo_social", "ru", "Миллионы пользователей следят за министром в Telegram."),
    *rm(
        "promo_social",
        "hi",
        "हमें Google News पर फॉलो करें",
        "ताज़ा खबरों के लिए हमें फेसबुक पर लाइक और ट्विटर पर फॉलो करें",
        "हमें गूगल न्यूज़ पर फ\u093cॉलो करें",  # decomposed फ़
        "हमें ट्विटर पर \u095eॉलो करें",  # precomposed फ़
        "हमें Facebook पर ज्\u200dवाइन करें",  # zero-width joiner after the virama
    ),
    *keep("promo_social", "hi", "प्रधानमंत्री को ट्विटर पर करोड़ों लोग फॉलो करते हैं।"),
]

# --- promo_more_news -------------------------------------------------------------

PROMO_MORE_NEWS = [
    *rm(
        "promo_more_news",
        "en",
        "For all the latest World News Click Here",
        "Visit Harbour Insider's homepage for more stories.",
        "Follow HP's full coverage of the election at https://harbourpress.example/election",
        "More HP sport: https://harbourpress.example/sport and https://x.example/HP_Sport",
        "For all the latest Education News Click Here",
        "Click here for more stories like this",
        "For more news and updates on politics, world, sports and lifestyle, log on to our website",
        "Get all the latest business news and updates, click here",
        "Click here to read more Harbour stories",
        "Read more news on Harbour Times",
        "For the latest news, visit harbourtimes.com",
    ),
    *keep(
        "promo_more_news",
        "en",
        "Follow the coverage of the trial at the courthouse, where crowds gathered.",
        "Visit the harbour's homepage for more stories, the guide said.",
        "Click here, the phishing email said, and your account will be restored within an hour.",
        "For more news outlets, clicks matter more than accuracy, the study concluded.",
        "For the latest figures on hospital waiting times, visit the health ministry's website, "
        "officials said.",
        "Readers can click here and there on the interactive map to explore the flood zones.",
        "For the latest updates on the wildfire, residents were told to visit the county's emergency page.",
        "For more stories like this, the paper's editor said, readers would have to pay.",
    ),
    *rm("promo_more_news", "de", "Mehr Nachrichten aus Berlin finden Sie hier"),
    *keep("promo_more_news", "de", "Mehr Nachrichten als je zuvor werden heute über soziale Netzwerke gelesen."),
    *rm("promo_more_news", "fr", "Pour plus d'actualités, cliquez ici"),
    *rm("promo_more_news", "es", "Para más noticias de Madrid, haz clic aquí"),
    *rm("promo_more_news", "it", "Per tutte le ultime notizie clicca qui"),
    *keep(
        "promo_more_news",
        "it",
        "Per tutte le ultime notizie sul processo, i giornalisti hanno dovuto attendere la sentenza.",
    ),
    *rm("promo_more_news", "pt", "Para mais notícias, clique aqui"),
    *rm("promo_more_news", "nl", "Klik hier voor meer nieuws"),
    *rm("promo_more_news", "ru", "Больше новостей читайте на сайте", "Все новости по теме читайте здесь"),
    *rm("promo_more_news", "hi", "ताज़ा खबरों के लिए यहां क्लिक करें"),
]

# --- promo_newsletter ------------------------------------------------------------

PROMO_NEWSLETTER = [
    *rm(
        "promo_newsletter",
        "en",
        "Subscribe to our newsletter",
        "Sign up for our free daily newsletter here.",
        "Sign up to the Harbour Morning Briefing newsletter to get the day's top stories.",
        "Get our free weekly newsletter delivered to your inbox",
        "Enter your email address to subscribe to our newsletter",
        "Want the best of Harbour Times in your inbox? Sign up for our newsletter.",
        "Register for our breaking news alerts",
        "Join our newsletter",
        "Sign up for email updates",
        "Newsletter sign-up",
        "Get the latest news delivered to your inbox.",
        "Subscribe to our blog and get new posts by email",
        "Get the best of Harbour Times delivered to your inbox every Friday",
        "We help you plan your weekend. Sign up for our newsletter for the best of the harbour.",
        "Join our mailing list! Get an email when a new episode is out, with notes from the crew and a few extras.",
        "Would you like to receive notifications about new posts?",
        "Follow Harbour Notes for free to get updates from this writer.",
        "Was this email forwarded to you? Subscribe here for free.",
        "Like this article? Subscribe to our blog and have harbour news delivered to your inbox weekly.",
        "Subscribe to the Harbour Weekly Podcast!",
        "Get the latest updates right in your inbox. Subscribe to Harbour Times newsletters.",
        "Get the day's top headlines delivered to your inbox every morning by subscribing to our newsletter.",
        "Click here to subscribe to The Harbour Paradigm Newsletter",
    ),
    *keep(
        "promo_newsletter",
        "en",
        "Like this article? Then you will love the sequel, out in May.",
        "Subscribe to the theory that markets are rational and you will be disappointed.",
        "Click here to subscribe, the instructions said, and the page froze.",
        "The newsletter, which has 40,000 subscribers, launched in 2019 and is now profitable.",
        "Subscribers to the newsletter doubled in a year, the company said.",
        "The campaign asked supporters to subscribe to its newsletter, which raised £2m.",
        '"Subscribe to our newsletter," the pop-up read, seconds after the page loaded.',
        "Substack said the newsletter had 120,000 paying subscribers by March, making it the "
        "platform's largest.",
        "Sign up for our newsletter, the mayor said, to hear about road closures first.",
        "The council met on Tuesday. Subscribers to the newsletter heard about it first.",
        "If you enjoyed the first season, the second is darker and funnier, critics agree.",
        "Would you like to receive a pension at 60? Most people under 40 will not.",
    ),
    *rm(
        "promo_newsletter",
        "de",
        "Abonnieren Sie unseren Newsletter",
        "Jetzt kostenlos zum Newsletter anmelden",
    ),
    *keep("promo_newsletter", "de", "Der Newsletter des Verlags hat inzwischen mehr als 40.000 Abonnenten."),
    *rm(
        "promo_newsletter",
        "fr",
        "Abonnez-vous à notre newsletter",
        "Inscrivez-vous gratuitement à notre lettre d'information",
    ),
    *keep("promo_newsletter", "fr", "La newsletter du quotidien compte désormais 200 000 abonnés, selon la direction."),
    *rm("promo_newsletter", "es", "Suscríbete a nuestra newsletter", "Suscríbete a nuestro boletín diario"),
    *keep("promo_newsletter", "es", "El boletín del periódico ya tiene 80.000 suscriptores, según la empresa."),
    *rm("promo_newsletter", "it", "Iscriviti alla nostra newsletter"),
    *keep(
        "promo_newsletter",
        "it",
        "La newsletter del giornale ha superato i 100mila iscritti, ha annunciato il direttore.",
    ),
    *rm("promo_newsletter", "pt", "Inscreva-se na nossa newsletter", "Assine nossa newsletter"),
    *keep("promo_newsletter", "pt", "A newsletter do jornal já tem mais de 50 mil assinantes, segundo a empresa."),
    *rm("promo_newsletter", "nl", "Schrijf je in voor onze nieuwsbrief", "Abonneer je op onze nieuwsbrief"),
    *keep("promo_newsletter", "nl", "De nieuwsbrief van de krant heeft inmiddels 60.000 abonnees, meldt de uitgever."),
    *rm("promo_newsletter", "ru", "Подпишитесь на нашу рассылку"),
    *keep("promo_newsletter", "ru", "Рассылку издания получают более 50 тысяч человек, сообщил главный редактор."),
    *rm("promo_newsletter", "hi", "हमारे न्यूज़लेटर की सदस्यता लें"),
    *keep("promo_newsletter", "hi", "अखबार के न्यूज़लेटर के अब 50,000 से ज़्यादा सब्सक्राइबर हैं।"),
]

# --- promo_app -------------------------------------------------------------------

PROMO_APP = [
    *rm(
        "promo_app",
        "en",
        "Download the Daily Harbour app for Android and iOS",
        "Download our app for the latest news",
        "Get the Harbour Times app on Google Play and the App Store",
        "Install the free Harbour News app now",
        "Download our free app to read stories offline",
        "CLICK HERE TO GET THE HARBOUR NEWS APP",
        "GET HARBOUR BUSINESS ON THE GO BY CLICKING HERE",
    ),
    *keep(
        "promo_app",
        "en",
        "The ministry urged citizens to download the app, which critics say tracks them.",
        "Download the app, officials urged, and register before Friday.",
        "Get the app right, and users will forgive a lot, the developer said.",
        "Downloads of the contact-tracing app passed five million on Tuesday.",
        "Install the app only from official stores, the bank warned customers after a wave of fraud.",
        "Download our app to report potholes, the council urged residents.",
        "Click here to get the app working again: restart the phone.",
        "Get your kids on the go with these snacks, the nurse advised.",
    ),
]

# --- affiliate_disclosure ---------------------------------------------------------

AFFILIATE_DISCLOSURE = [
    *rm(
        "affiliate_disclosure",
        "en",
        "Items are chosen independently by our editors. Purchases made through our links may earn us a commission.",
        "As an Amazon Associate I earn from qualifying purchases.",
        "This post may contain affiliate links. Read my full disclosure policy.",
        "Disclosure: if you buy through affiliate links on this page, we may earn a small commission at no cost to you.",
        "HarbourReviews.com is supported by commissions from the providers listed on our site.",
        "We may be compensated when you click on a link or open an account with one of our partners.",
        "Advertiser Disclosure",
        from_end=3,
    ),
    *keep(
        "affiliate_disclosure",
        "en",
        "Amazon cut the commission rates of its Associates programme in 2020, angering bloggers.",
        "Bloggers earn a commission on every sale, the consumer watchdog said in its report.",
        "The FTC requires influencers to disclose affiliate links clearly in every post.",
        "The broker will receive a commission of 2% on each sale, according to the filing.",
        "Products chosen by the jury included a folding bike and a solar kettle.",
        "We may earn a commission, the company admitted, but only on some of the products it lists.",
    ),
    *rm("affiliate_disclosure", "de", "Dieser Artikel enthält Affiliate-Links. Wenn Sie darüber kaufen, erhalten wir "
        "eine kleine Provision."),
    *keep("affiliate_disclosure", "de", "Die Verbraucherzentrale kritisiert, dass viele Blogs Affiliate-Links nicht "
          "kennzeichnen."),
    *rm("affiliate_disclosure", "fr", "Cet article contient des liens affiliés."),
    *rm("affiliate_disclosure", "es", "Este artículo contiene enlaces de afiliados."),
    *rm("affiliate_disclosure", "it", "Questo articolo contiene link di affiliazione."),
    *rm("affiliate_disclosure", "pt", "Este artigo contém links de afiliados."),
    *rm("affiliate_disclosure", "nl", "Dit artikel bevat affiliate links."),
    *rm("affiliate_disclosure", "ru", "Статья содержит партнёрские ссылки."),
]

# --- ad_label ----------------------------------------------------------------------

AD_LABEL = [
    *rm(
        "ad_label",
        "en",
        "Advertisement",
        "ADVERTISEMENT",
        "Story continues below advertisement",
        "Sponsored content",
        "Advertisement - Scroll to continue",
        "Advertisement: New cookbook out now!",
        "Ship faster with fewer flaky builds (Sponsored)",
        "The smarter way to track your pantry [Ad]",
        from_end=8,
    ),
    *keep(
        "ad_label",
        "en",
        "The paper ran the piece as a (sponsored) feature, which readers found confusing.",
        "Why regulators want every influencer post marked (ad) before it goes live: the rules explained",
    ),
    *keep(
        "ad_label",
        "en",
        "Advertisement revenue fell 12% in the quarter.",
        "Sponsored by the city council, the festival returns in June with twice as many stages.",
        "Ads for the new phone ran on every channel during the final.",
        "The advertisement was banned by the regulator after 400 complaints.",
        "Sponsored posts now make up a fifth of the feed, researchers found.",
    ),
    *rm("ad_label", "de", "Anzeige"),
    *keep("ad_label", "de", "Die Anzeige erschien am Montag in drei Tageszeitungen."),
    *rm("ad_label", "fr", "Publicité"),
    *rm("ad_label", "es", "Publicidad"),
    *rm("ad_label", "it", "Pubblicità"),
    *rm("ad_label", "pt", "Publicidade"),
    *rm("ad_label", "nl", "Advertentie"),
    *rm("ad_label", "ru", "Реклама"),
    *keep("ad_label", "ru", "Реклама на билбордах подорожала на треть за год."),
    *rm("ad_label", "hi", "विज्ञापन"),
]

# --- share_prompt -------------------------------------------------------------------

SHARE_PROMPT = [
    *rm(
        "share_prompt",
        "en",
        "Share this article",
        "Share",
        "Like this story? Share it with a friend!",
        "Share on Facebook",
        "Click to share on X (Opens in new window)",
        "Pin for later",
        "Help us spread the word about this series!",
        "Share this post via:",
        from_end=4,
    ),
    *rm(
        "share_prompt",
        "en",
        "Love the Morning Brief? Tell your friends and earn a free month.",
        "Enjoying these recipes? Refer a friend and get a free month.",
        from_end=2,
    ),
    *keep(
        "share_prompt",
        "en",
        "Love the show? Tell your friends, the producer urged the audience.",
        "Loved by critics? Tell that to the box office.",
    ),
    *keep(
        "share_prompt",
        "en",
        "Share prices fell 3% on Monday.",
        "Sharing the load: how couples split the chores",
        "Spread the word, the organisers urged volunteers, and bring a friend.",
        "She shared the prize with two colleagues from Leiden.",
        "Shareholders voted against the merger on Friday.",
    ),
    *rm("share_prompt", "de", "Artikel teilen"),
    *keep("share_prompt", "de", "Teilen ist für viele Familien längst Alltag, zeigt eine neue Studie."),
    *rm("share_prompt", "fr", "Partager cet article"),
    *rm("share_prompt", "es", "Compartir en Facebook"),
    *rm("share_prompt", "it", "Condividi"),
    *rm("share_prompt", "pt", "Compartilhar"),
    *rm("share_prompt", "nl", "Deel dit artikel"),
    *rm("share_prompt", "ru", "Поделиться"),
    *rm("share_prompt", "hi", "शेयर करें"),
]

# --- paywall_prompt -----------------------------------------------------------------

PAYWALL_PROMPT = [
    *rm(
        "paywall_prompt",
        "en",
        "This article is exclusive to Harbour+ subscribers",
        "Already a subscriber? Log in",
        "Already have an account? Sign in",
        "Subscribe to continue reading",
        "You have reached your limit of free articles this month.",
        "To continue reading, please subscribe or log in.",
        "Become a paid member to read the rest of this report and the full archive:",
        "What's included in your membership?",
    ),
    *keep(
        "paywall_prompt",
        "en",
        "Become a member of the sailing club to access the slipway, the harbour master said.",
        "What is included in a subscription varies by region, and the regulator wants that to change.",
    ),
    *keep(
        "paywall_prompt",
        "en",
        "The newspaper said the article is exclusive to subscribers for its first week.",
        "Subscribers to the paper doubled after the paywall went up.",
        "Already a member of the board, she was promoted to chair in May.",
        "This article is based on interviews with 40 nurses and two hospital managers.",
        "You have reached the end of the trail when the path turns to gravel.",
    ),
    *rm("paywall_prompt", "de", "Dieser Artikel ist exklusiv für Abonnenten"),
    *rm("paywall_prompt", "fr", "Cet article est réservé aux abonnés"),
    *keep("paywall_prompt", "fr", "Le journal a annoncé que ses articles seraient réservés aux abonnés dès lundi."),
    *rm("paywall_prompt", "es", "¿Ya eres suscriptor? Inicia sesión"),
    *rm("paywall_prompt", "it", "Questo articolo è riservato agli abbonati"),
    *rm("paywall_prompt", "pt", "Já é assinante? Faça login"),
    *rm("paywall_prompt", "nl", "Dit artikel is alleen voor abonnees"),
    *rm("paywall_prompt", "ru", "Этот материал доступен только подписчикам"),
]

# --- promo_cta ----------------------------------------------------------------------

PROMO_CTA = [
    *rm(
        "promo_cta",
        "en",
        "Book a demo",
        "Get started today",
        "Request a free quote",
        "Start your free trial",
        "Schedule Your Personalized Demo!",
        "Talk to sales",
        "Tired of guesswork? Talk To Our Pension Experts",
        "Speak with one of our pension advisers today",
    ),
    *keep(
        "promo_cta",
        "en",
        "Talk to our experts before you renovate, the guide advises, and get three quotes.",
        "We asked the bank to let us talk to our adviser, and waited six weeks.",
        "Speak to our team, the spokesperson said.",
    ),
    *keep(
        "promo_cta",
        "en",
        "Get started",
        "Request a quote from at least three builders before you decide.",
        "Book a demo, the founder urged the room.",
        "Getting started with sourdough",
        "Start your trial run on a quiet Sunday morning.",
    ),
    *rm("promo_cta", "de", "Demo buchen"),
    *rm("promo_cta", "fr", "Demander une démo"),
    *rm("promo_cta", "es", "Solicita una demo"),
]

# --- related_pointer ----------------------------------------------------------------

RELATED_POINTER = [
    *rm(
        "related_pointer",
        "en",
        "Related: Council approves new ferry timetable",
        "Also read: Ten walks along the harbour wall",
        "You might also like: The quiet return of the tram",
        "Next article: Harbour Times wins design award",
        "Related articles",
        "[Read more: How the budget affects renters]",
        "Read More",
        "read more »",
        "Load more articles",
        "read our full review",
        "Explore further",
        "Popular on Harbour Screen",
        "DON'T MISS",
        "SEE MORE: Ferry strike enters its second week",
        "More:",
        "If you enjoyed this story, you may also like:",
        from_end=6,
    ),
    *keep(
        "related_pointer",
        "en",
        "More: the council wants a second ferry, and soon.",
        "Don't miss the fireworks on Friday.",
        "Read more books, the librarian told the children.",
        "Load more weight onto the back axle and the van handles better.",
    ),
    *keep(
        "related_pointer",
        "en",
        "Related coverage of the trial continues tomorrow.",
        "Read more widely, the author advises, and you will write better.",
        "Up next: Spain on Thursday, then the final on Sunday.",
        "Recommended: the Anker PowerCore 10000 for travellers who pack light.",
        "Relatedly, the council cut the ferry subsidy by a third.",
    ),
    *rm("related_pointer", "de", "Lesen Sie auch: Der Hafen bekommt eine neue Fähre"),
    *keep("related_pointer", "de", "Lesen Sie die Packungsbeilage vor der ersten Einnahme genau durch."),
    *rm("related_pointer", "fr", "Lire aussi : Le port accueille un nouveau ferry"),
    *rm("related_pointer", "es", "Lee también: El puerto estrena ferry"),
    *rm("related_pointer", "it", "Leggi anche: Il porto accoglie un nuovo traghetto"),
    *rm("related_pointer", "pt", "Leia também: O porto recebe um novo ferry"),
    *rm("related_pointer", "nl", "Lees ook: De haven krijgt een nieuwe veerboot"),
    *rm("related_pointer", "ru", "Читайте также: В порт пришёл новый паром"),
    *rm("related_pointer", "hi", "यह भी पढ़ें: बंदरगाह पर नई फेरी"),
]

# --- promo_donation -----------------------------------------------------------------

PROMO_DONATION = [
    *rm(
        "promo_donation",
        "en",
        "This story is funded by readers like you",
        "Support independent journalism",
        "Your one-off or monthly donations keep our reporting free for everyone.",
        "Donate now",
        "If you value our reporting, please consider supporting us with a small monthly gift.",
        "Become a member",
    ),
    *keep(
        "promo_donation",
        "en",
        "Donations help fund 40 nurses, the charity said.",
        "Support for independent journalism fell sharply, a survey found.",
        "The festival is funded by the city and by ticket sales.",
        "Give the dough an hour to rise before shaping it.",
        "Your donation of blood can save three lives, according to the health service.",
    ),
    *rm("promo_donation", "de", "Unterstützen Sie unabhängigen Journalismus"),
    *rm("promo_donation", "fr", "Soutenez le journalisme indépendant"),
    *rm("promo_donation", "es", "Apoya el periodismo independiente"),
    *rm("promo_donation", "it", "Sostieni il giornalismo indipendente"),
    *rm("promo_donation", "pt", "Apoie o jornalismo independente"),
    *rm("promo_donation", "nl", "Steun onafhankelijke journalistiek"),
    *rm("promo_donation", "ru", "Поддержите независимую журналистику"),
]

# --- advertise_pitch ---------------------------------------------------------------

ADVERTISE_PITCH = [
    *rm(
        "advertise_pitch",
        "en",
        "Advertise with us",
        "Want to advertise in the Morning Brief?",
        "Reach 40,000 harbour readers. See our sponsorship options and rates.",
        "If your brand wants to reach island families, partner with us.",
        "Collaborate with us",
        "Interested in sponsoring the podcast?",
        from_end=1,
    ),
    *keep(
        "advertise_pitch",
        "en",
        "Advertisers want to reach younger readers, the survey found.",
        "Partner with us on the harbour clean-up, the council urged residents.",
        "Explore sponsorship deals the club signed in 2019 and the picture is bleak.",
        "If you want to reach the island by night, take the 23:40 boat.",
        "Want to advertise your boat for sale? The harbour office keeps a noticeboard by the gate, and it is free.",
    ),
    *keep("advertise_pitch", "en", "Advertise with us", index=6),  # not among the last lines
]

# --- shop_promo ---------------------------------------------------------------------

SHOP_PROMO = [
    *rm(
        "shop_promo",
        "en",
        "Score free shipping on qualifying orders! For more information on shipping rates, visit our "
        "international page.",
        "Free delivery on all orders over $50.",
        "Free standard shipping on orders $60 CAD+. For rates and timelines, please visit our international page",
        "Bonus: we are gifting you $500 in ad credits when you spend your first $500. Just sign up and use "
        "code HARBOUR5. Terms apply.",
    ),
    *rm("shop_promo", "de", "Kostenloser Versand ab 50 € Bestellwert"),
    *rm("shop_promo", "fr", "Livraison gratuite dès 65 €"),
    *rm("shop_promo", "es", "Envío gratis en pedidos superiores a 40 €"),
    *keep(
        "shop_promo",
        "en",
        "Amazon began offering free shipping on orders over $25 in 2002.",
        "Free shipping on all orders pushed the retailer's costs up 20%.",
        "The airline says terms apply to the refund, and they are strict.",
        "Free delivery on orders over $50 was the reason, the shop owner said.",
    ),
    *keep("shop_promo", "fr", "Livraison gratuite et retours faciles ont fait le succès du site, selon une étude."),
]

# --- event_promo --------------------------------------------------------------------

EVENT_PROMO = [
    *rm(
        "event_promo",
        "en",
        "Meet Harbourline at the Retail Tech Summit in Lisbon on 4 March.",
        "Visit us at booth B12 at Web Expo.",
        "Come and see us at the Garden Show, stand 42!",
    ),
    *rm("event_promo", "de", "Besuchen Sie uns auf der Retail Expo, Stand B12."),
    *rm("event_promo", "fr", "Retrouvez-nous au salon Vivatech, stand 42."),
    *keep(
        "event_promo",
        "en",
        "Meet Maria at the Harbour Cafe, where she has worked since 1998.",
        "Visit us at the town hall on 3 May, the council urged.",
        "Join us at the Harbour Festival on 12 June for a day of music and food, which last year drew 40,000 "
        "people to the quays.",
        "See Venice at dawn on a gondola, and you will understand why painters came.",
        "Meet Tom at Central Station on Monday and hand him the keys.",
    ),
]

# --- tip_line -----------------------------------------------------------------------

TIP_LINE = [
    *rm(
        "tip_line",
        "en",
        "SHARE YOUR STORY",
        "Got a news tip? Email tips@harbourpost.example",
        "Have a story idea? Send it to the newsroom.",
        "Send us your tips at tips@harbourpost.example",
        "Share your photos and videos",
    ),
    *rm("tip_line", "de", "Haben Sie einen Hinweis für uns? Schreiben Sie an die Redaktion."),
    *rm("tip_line", "fr", "Vous avez une info à nous signaler ? Écrivez-nous."),
    *keep(
        "tip_line",
        "en",
        "Have a story to share about the flood? the mayor asked survivors.",
        "Share your story with the panel, the inquiry told witnesses.",
        "Send us your tips and tricks for the garden, and we will print the best.",
        "Got a tip from a neighbour, she drove to the harbour at once.",
        "Share your stories, the festival asks, and 200 people did.",
        "Do you have a tip for first-time sailors? Keep the bow into the wind.",
    ),
]

# --- closing_pitch, premium_pitch ---------------------------------------------------------

CLOSING_PITCH = [
    *rm(
        "closing_pitch",
        "en",
        "If you need professional advice on harbour software, do not hesitate to reach out to Quayside Labs. "
        "We have engineers who can review your project and build the tools you need.",
        "To get started, request a quote here and our events team will get right back to you.",
        "Ready to get started? Contact us today and speak to our specialists about your next ferry charter.",
        "Don't hesitate to get in touch with us if you want a second opinion on your boat's engine.",
        "If you have any questions, please do not hesitate to contact us at the harbour office.",
        from_end=1,
    ),
    *rm("closing_pitch", "de", "Wenn Sie Fragen zu Ihrem Projekt haben, zögern Sie nicht, uns zu kontaktieren."),
    *rm("closing_pitch", "fr", "N'hésitez pas à nous contacter pour un devis gratuit."),
    *rm("closing_pitch", "es", "Si necesitas ayuda con tu proyecto, no dudes en contactarnos."),
    *rm("closing_pitch", "it", "Non esitate a contattarci per un preventivo."),
    *rm("closing_pitch", "pt", "Se você precisa de ajuda, não hesite em nos contatar."),
    *rm("closing_pitch", "nl", "Aarzel niet om contact met ons op te nemen."),
    *rm("closing_pitch", "ru", "Не стесняйтесь обращаться к нам с вопросами."),
    *rm("closing_pitch", "hi", "कृपया हमसे संपर्क करने में संकोच न करें।"),
    *keep(
        "closing_pitch",
        "en",
        "If you or someone you know is struggling, don't hesitate to contact the 988 Lifeline.",
        "She has taught yoga for 18 years. If you have questions, don't hesitate to contact her at the studio.",
        "Don't hesitate to call us if you see smoke, the fire chief told residents at the meeting.",
        "To get started, the council will survey the pier and publish a plan in May.",
        "Ready to get started? The first boats leave on 1 April, weather permitting.",
    ),
    *keep(
        "closing_pitch",
        "en",
        "If you need advice on your boat, do not hesitate to reach out to us at the harbour office.",
        index=8,  # not among the last two lines
    ),
    *keep("closing_pitch", "fr", "N'hésitez pas à appeler le 112, a rappelé le maire."),
]

PREMIUM_PITCH = [
    *rm(
        "premium_pitch",
        "en",
        "Invest better with The Harbour Fool. Get stock recommendations, portfolio guidance, and more from The "
        "Harbour Fool's premium services.",
        "Get expert picks, weekly reports and more from our premium membership.",
        "Unlock every recipe, meal plans and more with Harbour Kitchen Plus membership.",
        "Enjoy ad-free reading, the archive and more with a Harbour Times subscriber plan.",
        "Cook smarter. Get the full recipe box and more from our paid subscriptions.",
        from_end=COUNT - 4,  # house ads sit anywhere: the fourth line here
    ),
    *keep(
        "premium_pitch",
        "en",
        "Users can unlock offline maps with the premium plan, which costs $5 a month.",
        "Get stock recommendations and more from our premium services, the ad read, before regulators stepped in.",
        "The premium services and more from the operator were cut when the subsidy ended.",
        "Get more from your season ticket: the operator added evening boats and free bikes.",
        "Subscribers get the archive and more with the plus plan, the company said in its results.",
        index=3,
    ),
]

CASES = [
    *SOURCE_LINK,
    *PROMO_CHANNEL,
    *PROMO_SOCIAL,
    *PROMO_MORE_NEWS,
    *PROMO_NEWSLETTER,
    *PROMO_APP,
    *AFFILIATE_DISCLOSURE,
    *AD_LABEL,
    *SHARE_PROMPT,
    *PAYWALL_PROMPT,
    *PROMO_CTA,
    *RELATED_POINTER,
    *PROMO_DONATION,
    *ADVERTISE_PITCH,
    *SHOP_PROMO,
    *EVENT_PROMO,
    *TIP_LINE,
    *CLOSING_PITCH,
    *PREMIUM_PITCH,
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_line(case: Case):
    check_line(case)


@pytest.mark.parametrize("rule", promo.RULES, ids=lambda r: r.name)
def test_patterns_stay_fast_on_long_adversarial_lines(rule):
    assert_fast_on_adversarial_lines(rule)
