"""Cookie and consent banners that survive extraction.

A line goes only when it *opens* like a banner and carries a consent cue,
and is short. "cookies" alone never removes a line: articles about cookie
law, tracking or baking must survive.
"""

from cleaners.base import RegexRule, regex

# What a banner asks of the reader; a news paragraph rarely has these
# next to a first-person "we use cookies".
_CUE = (
    r"(accept|agree|consent|opt[- ]?out|continu\w* (to )?(use|brows)|"
    r"experience|personali[sz]|analy[sz]|advertis|preferences|settings|"
    r"privacy (policy|notice|statement)|cookie (policy|notice|statement)|"
    r"learn more|read more|more info|find out more|ok\b|got it)"
)

COOKIE_BANNER = RegexRule(
    # Removes: "This website uses cookies to improve your experience. We'll
    #   assume you're ok with this, but you can opt-out if you wish. Accept Read More"
    #   "We use cookies to personalise content and ads. Cookie settings Accept all"
    #   "By continuing to browse this site you agree to our use of cookies."
    # Keeps: "The regulator said the website uses cookies without asking first."
    #   (does not open like a banner), and any long paragraph (max_chars).
    name="cookie_banner",
    pattern=regex(
        rf"^(this|our) (web ?)?(site|page|portal) (uses|is using|use) cookies\b.*{_CUE}",
        rf"^we( and our (\w+ )?partners)? (use|are using|may use|store) cookies\b.*{_CUE}",
        rf"^(we|this site) (use|uses) (cookies and )?(similar )?(technologies|tracking)\b.*{_CUE}",
        r"^by (continuing|clicking|using|browsing)\b.{0,60}\b(you )?(agree|accept|consent)\b.{0,60}\bcookies\b",
        r"^we value your privacy\b",
        r"^(cookies? (policy|settings|preferences|consent)|manage (cookie )?(preferences|consent|cookies))"
        r"(\W+(accept|reject|decline|allow|deny|save|ok|all|cookies|settings|preferences)\b)*\W*$",
        r"^(accept|allow|reject|decline)( all| necessary| essential)? cookies"
        r"(\W+(accept|reject|decline|allow|deny|save|settings|preferences|all|cookies|only|necessary)\b)*\W*$",
    ),
    max_chars=450,
)

RULES = (COOKIE_BANNER,)
