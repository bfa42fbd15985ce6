"""Promotional lines: channels, follow-us, more-news, app and newsletter pitches,
and the link back to the source on a copied story.

All are first-person pitches to the reader ("join our", "follow us") or
bare calls to action; each is short. Stories *about* Telegram, Google News
or newsletters survive because they do not pitch.
"""

from cleaners.base import RegexRule, regex

_NETWORKS = (
    r"(telegram|whatsapp|signal|discord|google news|twitter|x|facebook|instagram|"
    r"linkedin|youtube|tiktok|threads|pinterest|koo|sharechat|snapchat|viber|flipboard|"
    r"social media)"
)

PROMO_CHANNEL = RegexRule(
    # Removes: "We are now on Telegram. Click here to join our channel (@X) and stay updated."
    #   "Join our WhatsApp channel for the latest updates"
    # Keeps: "Protesters organised on Telegram, where the channel grew to 2 million members."
    name="promo_channel",
    pattern=regex(
        rf"^(we are|we're) (now )?(also )?(on|available on) {_NETWORKS}\b",
        rf"^(click here to |tap here to )?join (us on |our ){_NETWORKS}\b",
        rf"^(click|tap) here to join\b",
        rf"\b(join|subscribe to) our {_NETWORKS} (channel|group|community)\b.{{0,80}}$",
    ),
    max_chars=300,
)

PROMO_SOCIAL = RegexRule(
    # Removes: "For the latest news and updates, follow us on Google News"
    #   "Stay connected with us on social media platform for instant update click here
    #   to join our Twitter, & Facebook"   "Like us on Facebook and follow us on X"
    # Keeps: "Police asked residents to follow the advice posted on Twitter."
    #   (no first-person "follow us"), long paragraphs quoting a campaign.
    name="promo_social",
    pattern=regex(
        rf"^(.{{0,80}}[,:] )?(follow|like|find|add) us on {_NETWORKS}\b",
        rf"^stay (connected|tuned|updated) with us on\b",
        rf"^(you can )?(also )?(follow|find) us (on|at) .{{0,60}}{_NETWORKS}",
        rf"^(don'?t forget to |please )?(share|like) (this|our) (story|article|post|page) on {_NETWORKS}",
    ),
    max_chars=250,
)

PROMO_MORE_NEWS = RegexRule(
    # Removes: "For all the latest Education News Click Here"
    #   "Click here for more stories like this"  "Also read: ..." is *not* here
    #   (it may carry a real headline; left for site-level learning).
    # Keeps: "Click here, the phishing email said, and your account will be restored."
    name="promo_more_news",
    pattern=regex(
        r"^for (all )?(the )?(latest|more|breaking)\b.{0,60}\b(news|updates|stories|headlines)\b"
        r".{0,40}\b(click|tap|visit|go to|download)\b.{0,30}$",
        r"^(click|tap) here (for|to (read|get|see)) (more|the latest|all)\b.{0,60}$",
        r"^(get|read) (all )?the latest\b.{0,60}\b(news|updates|headlines)\b.{0,40}\b(click|tap) here\W*$",
    ),
    max_chars=200,
)

PROMO_NEWSLETTER = RegexRule(
    # Removes: "Subscribe to our newsletter"  "Sign up for our free daily newsletter here."
    # Keeps: "The newsletter, which has 40,000 subscribers, launched in 2019."
    name="promo_newsletter",
    pattern=regex(
        r"^(subscribe|sign up|register)( now| today| here)? (to|for) (our|the)( free)?"
        r"( daily| weekly| morning| evening)? (\w+ )?(newsletter|briefing|bulletin|alerts?)\b.{0,80}$",
        r"^(get|receive) (our|the)( free)?( daily| weekly)? (\w+ )?newsletter\b.{0,80}$",
    ),
    max_chars=200,
)

PROMO_APP = RegexRule(
    # Removes: "Download the Daily Harbour app for Android and iOS"
    # Keeps: "The ministry urged citizens to download the app, which critics say tracks them."
    name="promo_app",
    pattern=regex(
        r"^(download|get|install) (the|our)( free)? (\w+ ){0,3}app\b.{0,40}"
        r"\b(app store|google play|play store|android|ios|iphone|now|here|today)\b.{0,40}$",
    ),
    max_chars=160,
)

SOURCE_LINK = RegexRule(
    # Only on copies whose original is recorded in original_url: there the
    # line is a bare pointer to what the record already links.
    # Removes: "Read original article here"  "Source link"
    #   "Read the full article on Daily Harbour"  "Originally published at Harbour Times"
    # Keeps on an original: "Source: Reuters" (attribution of a real article).
    name="source_link",
    pattern=regex(
        r"^(read|view|see) (the )?(original|full|complete|whole) (article|story|post|report|text)\b.{0,80}$",
        r"^(source|original)( link| article| url)?\s*[:\-–]?\s*.{0,80}$",
        r"^continue reading\b.{0,80}$",
        r"^(this (article|story|post) )?(was )?originally (published|appeared|posted) (at|on|in|by)\b.{0,100}$",
        r"^(via|credit|courtesy)\s*[:\-–]?\s*.{0,60}$",
    ),
    max_chars=160,
    needs_source=True,
)

RULES = (
    SOURCE_LINK,
    PROMO_CHANNEL,
    PROMO_SOCIAL,
    PROMO_MORE_NEWS,
    PROMO_NEWSLETTER,
    PROMO_APP,
)
