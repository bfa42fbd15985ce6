"""A hostile web site on 127.0.0.1 for robustness tests, plus two helpers.

`HostileSites()` is a context manager that starts three stdlib servers, each
on 127.0.0.1 with port 0 and daemon threads:

* ``main``: three ordinary articles among routes written to break a
  crawler: huge, lying, compressed-bomb and trickling bodies; binary files
  labelled as HTML; pages in lying or undeclared encodings; pathological
  markup; redirect loops, long chains and redirects to internal addresses
  and to file:; error statuses; a connection reset; TLS spoken to a plain
  HTTP port; a robots.txt that forbids /private/. Besides the three plain
  articles, these routes also hold articles a correct crawler stores: five
  encoding pages, the end of the redirect chain, /unclosed (tags left open
  everywhere) and /control-chars (stray characters XML forbids).
* ``internal``: stands for an internal service. Nothing may ever reach it:
  it counts accepted connections as well as requests.
* ``garbage``: a robots.txt of 5 MB random bytes, and one good article.

Every body is our own text. Large bodies are streamed, never held whole;
the compression bombs are built once, lazily, from a few compressed chunks
repeated (the deflate and brotli output for a run of zeros is periodic once
the compressor is in its steady state).

API: ``sites.good`` (GoodArticle: the URL to fetch, the URL it is stored
under, title and paragraphs; encoding pages carry the encoding facts),
``sites.hostile_urls``, ``sites.all_urls()``, ``sites.encoding_pages``
(stored URL -> GoodArticle whose ``paragraphs`` are the non-ASCII text
that must come through exactly), ``sites.url(path)``, the servers' ``hits``
and ``connections`` counters, and ``sites.allow_hosts`` (the value of
ALLOW_PRIVATE_HOSTS that allows the main and garbage servers only).
"""

from __future__ import annotations

import random
import select
import socket
import struct
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import brotli

MiB = 1024 * 1024
GiB = 1024 * MiB

# -- text --------------------------------------------------------------------


@dataclass(frozen=True)
class GoodArticle:
    """An article page that a correct crawler stores exactly once."""

    path: str  # path fetched (for the chain: its first hop)
    stored_path: str  # path of the stored record's url (after redirects)
    title: str
    paragraphs: tuple[str, ...]
    server: str = "main"  # "main" or "garbage"
    encoding: str | None = None  # how the bytes are encoded (encoding pages only)
    declared: str = ""  # what the page and its headers claim (encoding pages only)


HARBOUR = GoodArticle(
    "/news/harbour-ferry.html", "/news/harbour-ferry.html",
    "Night ferry returns to the northern harbour",
    (
        "The night ferry between the northern harbour and the island villages will run again from "
        "the first week of March, the port authority announced on Tuesday after a winter without it.",
        "The service was suspended in November when the older of the two boats failed its hull "
        "inspection, leaving late-shift workers on the island with no way home after nine o'clock.",
        "A leased replacement vessel arrived last week from a yard on the southern coast. It carries "
        "one hundred and twenty passengers and twelve cars, slightly fewer than the boat it replaces.",
        "Fares will stay at last year's level until the summer timetable begins, the authority said, "
        "and season tickets bought before the suspension will be extended by three months.",
        "Island councillors welcomed the news but asked for a written promise that the crossing at "
        "half past eleven, the one most used by hospital staff, will not be cut again next winter.",
        "The authority expects to decide in June whether to repair the old boat or sell it, once "
        "engineers have priced the work on its hull and its two main engines.",
    ),
)
LIBRARY = GoodArticle(
    "/news/library-roof.html", "/news/library-roof.html",
    "Library roof repairs finish ahead of schedule",
    (
        "Repairs to the leaking roof of the central library finished three weeks early, and the "
        "reading rooms on the top floor will reopen to the public on Saturday morning.",
        "Builders replaced more than four thousand slates and rebuilt two chimneys that had been "
        "letting rain into the local history collection since a storm in the autumn.",
        "Librarians moved eleven thousand books and maps to the basement before the work began. "
        "Volunteers will carry them back upstairs over the coming fortnight, shelf by shelf.",
        "The project came in under its budget as well, the council's buildings officer said, "
        "because the weather stayed dry through most of January and no scaffolding was lost to wind.",
        "The money left over will pay for new lighting in the children's section, where parents "
        "have complained for years that the old lamps flicker and hum during story time.",
    ),
)
ORCHARD = GoodArticle(
    "/news/orchard-harvest.html", "/news/orchard-harvest.html",
    "Orchard growers report their best apple harvest in a decade",
    (
        "Fruit growers in the valley picked their largest apple crop in ten years this autumn, "
        "helped by a warm spring without late frost and by steady rain in the weeks before picking.",
        "The growers' cooperative weighed almost nine thousand tonnes at its sorting shed, a third "
        "more than last year, and had to rent two refrigerated warehouses to store the surplus.",
        "Prices paid to farmers fell as a result, and several smaller orchards said they would "
        "press more of their fruit into juice and cider rather than sell it to supermarkets.",
        "Pickers were harder to find than in previous years. The cooperative raised its hourly rate "
        "twice during the season and ran a minibus from the railway station every morning.",
        "Growers now worry about next year: trees that carry a very heavy crop often rest the "
        "following season, and older varieties in particular are known for alternating like that.",
    ),
)
TRAM_DEPOT = GoodArticle(  # served as /unclosed: the same story with tags left open everywhere
    "/unclosed", "/unclosed",
    "Tram depot opens its doors for a weekend of tours",
    (
        "The city's oldest tram depot will open to visitors this weekend for the first time since "
        "it was converted into a maintenance workshop forty years ago.",
        "Guides will take groups of twenty through the repair halls, where mechanics rebuild the "
        "wheels and brakes of the fleet, and up onto a platform above the inspection pits.",
        "A restored tram from the nineteen-fifties will carry visitors on short trips along the "
        "depot's own tracks, driven by retired staff who worked on the line when it was new.",
        "Tickets are free but must be booked in advance, the transport company said, because the "
        "halls are still a working site and only a limited number of people can be inside at once.",
        "If the weekend is a success, the company plans to repeat it every spring and to open a "
        "small permanent exhibition about the history of the network in the old ticket office.",
    ),
)
BRIDGE = GoodArticle(  # the end of the redirect chain
    "/chain/22", "/chain/30",
    "Bridge inspection finds rust but no danger to traffic",
    (
        "Engineers who spent a month inspecting the river bridge found corrosion on several steel "
        "beams beneath the deck but said the structure remains safe for cars, buses and lorries.",
        "The inspection, carried out every six years, used rope access teams and a small drone to "
        "reach the undersides of the spans without closing the road to traffic.",
        "Most of the rust was found near the drainage outlets, where salt spread on the road in "
        "winter runs off the deck and collects on the steel for weeks at a time.",
        "The highways department will repaint the affected beams next summer and replace the "
        "drainage pipes, work that will require one lane to close overnight for about six weeks.",
        "Residents of the streets near the bridge will receive a letter with the dates of the "
        "night closures and the diversion routes once a contractor has been appointed.",
    ),
)
LAKE = GoodArticle(  # served by the garbage-robots server
    "/story.html", "/story.html",
    "Volunteer divers clear a tonne of rubbish from the lake",
    (
        "Forty volunteer divers spent Sunday clearing rubbish from the bottom of the town lake, "
        "bringing up more than a tonne of waste in a single day.",
        "Among the finds were eleven shopping trolleys, a motorbike without wheels, dozens of "
        "bottles and a safe that turned out, to some disappointment, to be completely empty.",
        "The divers worked in pairs along a grid marked with buoys, while helpers on the shore "
        "sorted what came up into metal, glass and general waste for the recycling centre.",
        "The lake's angling club, which organised the day, said visibility under water had "
        "improved noticeably since a similar clean-up three years ago.",
        "The club wants to make the clean-up an annual event and has asked the council to put "
        "more bins and a second lamp post near the jetty, where most of the rubbish is thrown in.",
    ),
    server="garbage",
)
# /control-chars: stray characters XML forbids (a vertical tab and a form feed
# pasted from a word processor, an ESC, U+FFFE) after a full stop; dropping
# them gives these paragraphs exactly.
MARKET = GoodArticle(
    "/control-chars", "/control-chars",
    "Night market returns to the old cattle hall",
    (
        "The night market will return to the old cattle hall on Friday. Stallholders start setting "
        "up at five, and the doors open to the public at seven.",
        "More than sixty traders have booked a pitch this season. Most sell food, but there are "
        "also stalls for second-hand books, records and repaired bicycles.",
        "The hall's new owners spent the winter fixing its roof and wiring. They say the building "
        "can now stay open until midnight without disturbing the neighbours.",
        "Parking will be limited to the yard behind the hall. Visitors are asked to come on foot, "
        "by bicycle or on the late bus, which will run every twenty minutes.",
        "If the first evenings go well, the market will run every Friday until October. A smaller "
        "winter edition is planned for the weeks before the holidays.",
    ),
)
STRAY = ("\x0b", "\x0c", "\x1b", "\ufffe", "\x07")


def _control_chars_page() -> bytes:
    text = _article_html(MARKET)
    parts = text.split(". ")
    out = [parts[0]]
    for n, part in enumerate(parts[1:]):
        out.append("." + STRAY[n % len(STRAY)] + " " + part)
    return "".join(out).encode("utf-8")


PRIVATE = GoodArticle(  # forbidden by robots.txt: must never be fetched
    "/private/page.html", "/private/page.html",
    "Members-only briefing on the council budget",
    (
        "This page is for subscribers only and is excluded from crawling by the site's robots file.",
        "The council's draft budget for next year will be published on Thursday evening.",
        "It proposes a small rise in parking charges and a freeze on most other fees.",
        "Spending on road repairs rises for the third year in a row under the proposal.",
        "Councillors will vote on the final budget at their meeting at the end of February.",
    ),
)

# -- encoding pages: real non-ASCII text in lying or undeclared encodings ------

FRENCH_LATIN1 = GoodArticle(
    "/enc/latin1-fr.html", "/enc/latin1-fr.html",
    "La médiathèque de Saint-Étienne rouvre après deux ans de travaux",
    (
        "Après deux années de travaux, la médiathèque du quartier Saint-Étienne rouvre ses portes "
        "samedi matin, avec des salles agrandies et une façade entièrement rénovée.",
        "Les lecteurs découvriront un espace réservé aux adolescents, une salle de musique équipée "
        "de casques et un café installé dans l'ancienne cour intérieure du bâtiment.",
        "« Nous voulions un lieu où l'on puisse rester toute la journée », explique la directrice, "
        "qui a travaillé avec les habitants du quartier pendant toute la durée du chantier.",
        "Le coût des travaux s'élève à près de quatre millions d'euros, financés à parts égales par "
        "la ville, la région et l'État, un budget légèrement inférieur à celui prévu au départ.",
        "Pour fêter la réouverture, des lectures, des concerts et un atelier de bande dessinée sont "
        "prévus tout le week-end ; l'entrée est gratuite et aucune réservation n'est nécessaire.",
    ),
    encoding="latin-1", declared="HTTP header says charset=utf-8 (wrong); no meta",
)
RUSSIAN_CP1251 = GoodArticle(
    "/enc/cp1251-ru.html", "/enc/cp1251-ru.html",
    "В городе открыли новый пешеходный мост через реку",
    (
        "В субботу в центре города открыли новый пешеходный мост через реку, который соединил "
        "набережную с парком на другом берегу.",
        "Строительство моста продолжалось почти два года и обошлось городскому бюджету дешевле, "
        "чем планировалось, сообщили в администрации.",
        "Длина моста составляет сто сорок метров, а вечером его подсвечивают тысячи небольших "
        "фонарей, установленных вдоль перил.",
        "Жители района говорят, что теперь дорога до парка занимает пять минут вместо получаса, "
        "которые раньше уходили на обход через автомобильный мост.",
        "Весной рядом с мостом планируют высадить деревья и установить скамейки, а летом на "
        "набережной откроется прокат велосипедов.",
    ),
    encoding="cp1251", declared="no charset anywhere",
)
JAPANESE_SJIS = GoodArticle(
    "/enc/sjis-ja.html", "/enc/sjis-ja.html",
    "駅前の商店街に新しい図書館が開館",
    (
        "駅前の商店街に、市立図書館の分館が今月から開館しました。空き店舗だった建物を改装し、"
        "約二万冊の本を置いています。",
        "館内には子ども向けの読書スペースや、仕事や勉強に使える机が用意され、平日は夜八時まで"
        "利用できます。",
        "市の担当者によると、商店街を訪れる人を増やすことも目的の一つで、周辺の店と協力した"
        "催しも計画しているということです。",
        "開館初日には、朝から多くの家族連れや学生が訪れ、新しい本を手に取ったり、窓際の席で"
        "読書を楽しんだりしていました。",
        "図書館は今後、地域の歴史に関する写真や資料を集めた展示コーナーも設ける予定で、市民"
        "からの資料の提供を呼びかけています。",
    ),
    encoding="shift_jis", declared="meta charset=iso-8859-1 (wrong); no HTTP charset",
)
GREEK_UTF16_BOM = GoodArticle(
    "/enc/utf16le-bom-el.html", "/enc/utf16le-bom-el.html",
    "Νέα γραμμή λεωφορείου συνδέει το λιμάνι με το νοσοκομείο",
    (
        "Από τη Δευτέρα μια νέα γραμμή λεωφορείου συνδέει το λιμάνι της πόλης με το γενικό "
        "νοσοκομείο, ανακοίνωσε η δημοτική επιχείρηση συγκοινωνιών.",
        "Τα λεωφορεία θα περνούν κάθε είκοσι λεπτά από τις έξι το πρωί έως τα μεσάνυχτα, με "
        "στάσεις στην κεντρική πλατεία και στο σιδηροδρομικό σταθμό.",
        "Οι εργαζόμενοι του νοσοκομείου ζητούσαν εδώ και χρόνια μια απευθείας σύνδεση, καθώς "
        "πολλοί από αυτούς μένουν στις γειτονιές γύρω από το λιμάνι.",
        "Η γραμμή εξυπηρετείται από έξι νέα ηλεκτρικά λεωφορεία, τα οποία φορτίζουν τη νύχτα στο "
        "αμαξοστάσιο της εταιρείας στη βόρεια πλευρά της πόλης.",
        "Το εισιτήριο κοστίζει όσο και στις υπόλοιπες γραμμές, ενώ οι φοιτητές και οι συνταξιούχοι "
        "ταξιδεύουν με μειωμένο κόμιστρο.",
    ),
    encoding="utf-16-le", declared="UTF-16 LE with BOM; no declaration",
)
POLISH_UTF16_NOBOM = GoodArticle(
    "/enc/utf16le-nobom-pl.html", "/enc/utf16le-nobom-pl.html",
    "Nowa ścieżka rowerowa połączy osiedla z dworcem",
    (
        "Władze miasta ogłosiły w środę, że jeszcze w tym roku rozpocznie się budowa ścieżki "
        "rowerowej łączącej północne osiedla z dworcem kolejowym.",
        "Trasa będzie miała ponad sześć kilometrów długości i poprowadzi wzdłuż rzeki, z dala od "
        "ruchliwych ulic, którymi dziś muszą jeździć rowerzyści.",
        "Mieszkańcy od lat skarżyli się, że dojazd do pociągu rowerem jest niebezpieczny, "
        "zwłaszcza zimą, gdy wcześnie robi się ciemno.",
        "Przy dworcu powstanie także zadaszony parking na dwieście rowerów, monitorowany przez "
        "całą dobę i dostępny dla posiadaczy biletów miesięcznych.",
        "Prace mają potrwać około roku, a koszt inwestycji w dużej części pokryją środki z "
        "funduszy europejskich przeznaczonych na transport przyjazny środowisku.",
    ),
    encoding="utf-16-le", declared="UTF-16 LE without BOM; no declaration",
)
ENCODING_ARTICLES = (FRENCH_LATIN1, RUSSIAN_CP1251, JAPANESE_SJIS, GREEK_UTF16_BOM, POLISH_UTF16_NOBOM)

# /bad-utf8: German UTF-8, declared, with invalid sequences sprinkled where
# dropping them leaves the sentences intact (after a full stop, before a space).
BAD_UTF8 = GoodArticle(
    "/bad-utf8", "/bad-utf8",
    "Stadtrat beschließt neue Radwege für die Innenstadt",
    (
        "Der Stadtrat hat am Donnerstag beschlossen, in der Innenstadt zwölf Kilometer neue Radwege "
        "anzulegen. Die Arbeiten sollen im Frühjahr beginnen.",
        "Für die Radwege fallen an mehreren Straßen Parkplätze weg. Die Geschäftsleute der "
        "Altstadt befürchten deshalb weniger Kundschaft.",
        "Die Verwaltung verweist auf Zählungen aus dem vergangenen Jahr. Demnach ist der Anteil "
        "der Radfahrer am Verkehr um ein Viertel gestiegen.",
        "Besonders gefährlich sei bisher die Kreuzung am Bahnhof gewesen. Dort soll eine eigene "
        "Ampelphase für Radfahrer eingeführt werden.",
        "Die Kosten von rund fünf Millionen Euro trägt größtenteils das Land. Über die genaue "
        "Reihenfolge der Bauabschnitte entscheidet der Ausschuss im März.",
    ),
    encoding="utf-8 with invalid sequences", declared="charset=utf-8 in header and meta",
)
# Not valid UTF-8 anywhere: a stray continuation byte, a lone lead byte, an
# overlong '/', an encoded surrogate, a byte that never occurs, a truncated
# four-byte sequence.
INVALID_UTF8 = (b"\x80", b"\xc3", b"\xc0\xaf", b"\xed\xa0\x80", b"\xff", b"\xf0\x9f\x98")


def _article_html(article: GoodArticle, *, head: str = "", body_extra: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>\n" for p in article.paragraphs)
    return (
        f"<!DOCTYPE html>\n<html><head>{head}<title>{article.title}</title>\n"
        '<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{article.title}">\n'
        "</head><body>\n<header><nav><a href=\"/\">Home</a></nav></header>\n"
        f"<article>\n<h1>{article.title}</h1>\n{paragraphs}</article>\n{body_extra}"
        "</body></html>\n"
    )


def _unclosed_html(article: GoodArticle) -> str:
    """Tags left open everywhere: p, span, div, li, td, a, h1, head, body, html.

    Only <title> is closed: it is raw text, so a browser too would swallow
    the whole page into an unclosed title.
    """
    first, second, third, fourth, fifth = article.paragraphs
    return (
        "<html><head><title>" + article.title + "</title>\n"
        '<meta property="og:type" content="article">\n'
        "<body><div class=page><div class=main>\n"
        "<article><h1>" + article.title + "\n"
        "<p>" + first + "\n"
        "<p><span>" + second + "\n"
        "<div><p>" + third + "\n"
        "<ul><li>Open days<li>Guided tours\n"
        "<p>" + fourth + "\n"
        "<table><tr><td>Saturday<td>Sunday\n"
        "<p>" + fifth + "\n"
        "<footer><a href=/>Back to the front page\n"
    )


def _encoded_page(article: GoodArticle) -> bytes:
    meta = '<meta charset="iso-8859-1">' if article is JAPANESE_SJIS else ""
    text = _article_html(article, head=meta)
    if article is GREEK_UTF16_BOM:
        return b"\xff\xfe" + text.encode("utf-16-le")
    return text.encode(article.encoding)


def _bad_utf8_page() -> bytes:
    text = _article_html(BAD_UTF8, head='<meta charset="utf-8">').encode("utf-8")
    # after each first sentence ("... Satz. Nächster"): ". " -> ". <invalid> "
    parts = text.split(b". ")
    out = [parts[0]]
    for n, part in enumerate(parts[1:]):
        out.append(b"." + INVALID_UTF8[n % len(INVALID_UTF8)] + b" " + part)
    return b"".join(out)


# -- binary bodies ------------------------------------------------------------


@cache
def pdf_bytes() -> bytes:
    rng = random.Random(11)
    stream = rng.randbytes(16 * 1024)
    return (
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
        b"3 0 obj\n<< /Length " + str(len(stream)).encode() + b" /Filter /FlateDecode >>\nstream\n"
        + stream + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )


@cache
def jpeg_bytes() -> bytes:
    rng = random.Random(12)
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            + rng.randbytes(24 * 1024) + b"\xff\xd9")


@cache
def blob_bytes() -> bytes:
    return random.Random(13).randbytes(32 * 1024)


@cache
def garbage_robots() -> bytes:
    return random.Random(14).randbytes(5 * MiB)


# -- compression bombs ----------------------------------------------------------


@cache
def gzip_bomb(size: int = GiB, chunk: int = 16 * MiB) -> bytes:
    """gzip of `size` zero bytes, about size/1030 on the wire (deflate's limit).

    1 GiB unpacks from about 1.0 MB: under a 1 MiB DOWNLOAD_MAXSIZE on the
    wire, so only a size check *while decompressing* stops it.
    """
    zero = bytes(chunk)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = deflate.compress(zero) + deflate.flush(zlib.Z_SYNC_FLUSH)
    steady = deflate.compress(zero) + deflate.flush(zlib.Z_SYNC_FLUSH)
    if deflate.compress(zero) + deflate.flush(zlib.Z_SYNC_FLUSH) != steady:
        raise RuntimeError("deflate output for zeros is not periodic here")
    count = size // chunk
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(zero, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    trailer = struct.pack("<II", crc, (count * chunk) & 0xFFFFFFFF)
    return header + first + steady * (count - 1) + deflate.flush(zlib.Z_FINISH) + trailer


@cache
def brotli_bomb(size: int = 10 * GiB, chunk: int = MiB) -> bytes:
    """brotli of `size` zero bytes: about 13 bytes on the wire per MiB (10 GiB -> ~130 KB)."""
    zero = bytes(chunk)
    compressor = brotli.Compressor(quality=5, lgwin=24)
    first = compressor.process(zero) + compressor.flush()
    steady = compressor.process(zero) + compressor.flush()
    if compressor.process(zero) + compressor.flush() != steady:
        raise RuntimeError("brotli output for zeros is not periodic here")
    return first + steady * (size // chunk - 1) + compressor.finish()


# -- the servers ------------------------------------------------------------------

Route = Callable[[BaseHTTPRequestHandler], None]


def static(body: bytes | Callable[[], bytes] = b"", content_type: str = "text/html; charset=utf-8",
           status: int = 200, headers: tuple[tuple[str, str], ...] = ()) -> Route:
    """A route answering with a fixed body (or one built lazily, once)."""

    def route(handler: BaseHTTPRequestHandler) -> None:
        data = body() if callable(body) else body
        handler.send_response(status)
        if content_type:
            handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(data)))
        for name, value in headers:
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(data)

    return route


def redirect(location: str, status: int = 302) -> Route:
    return static(b"", status=status, headers=(("Location", location),))


def _peer_closed(connection: socket.socket, wait: float) -> bool:
    """True once the client has closed (or reset) the connection."""
    readable, _, _ = select.select([connection], [], [], wait)
    if not readable:
        return False
    try:
        return connection.recv(4096) == b""
    except OSError:
        return True


def huge(handler: BaseHTTPRequestHandler, total: int = 200 * MiB) -> None:
    """200 MB of HTML text, no Content-Length (close-delimited), in 64 KiB chunks."""
    line = b"<p>More and more words about nothing at all, streamed forever to fill a buffer.</p>\n"
    chunk = line * (64 * 1024 // len(line))
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.end_headers()
    handler.wfile.write(b"<html><head><title>Huge</title></head><body>\n")
    sent = 0
    while sent < total:
        handler.wfile.write(chunk)
        sent += len(chunk)


def fake_length(handler: BaseHTTPRequestHandler) -> None:
    """Says 10 GB, sends a little, then stalls until the client gives up (at most 60 s)."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.send_header("Content-Length", str(10 * 1000**3))
    handler.end_headers()
    handler.wfile.write(b"<html><head><title>Big</title></head><body><p>" + b"x" * 1024)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not _peer_closed(handler.connection, 1.0):
        pass


def trickle(handler: BaseHTTPRequestHandler) -> None:
    """One byte a second, no Content-Length, for up to two minutes."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.end_headers()
    body = _article_html(HARBOUR).encode("utf-8")
    deadline = time.monotonic() + 120
    for byte in body:
        if time.monotonic() > deadline:
            break
        handler.wfile.write(bytes([byte]))
        time.sleep(1.0)


def reset(handler: BaseHTTPRequestHandler) -> None:
    """Headers and part of the body, then a TCP reset (SO_LINGER 0)."""
    body = _article_html(ORCHARD).encode("utf-8")
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.send_header("Content-Length", str(len(body) * 10))
    handler.end_headers()
    handler.wfile.write(body[: len(body) // 2])
    time.sleep(0.2)
    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.connection.close()
    handler.close_connection = True


def compressed(encoding: str, build: Callable[[], bytes]) -> Route:
    return static(build, headers=(("Content-Encoding", encoding),))


class _Handler(BaseHTTPRequestHandler):
    server_version = "hostile/1.0"
    timeout = 30  # a client that connects and says nothing

    def handle(self) -> None:
        owner: HostileServer = self.server.owner  # type: ignore[attr-defined]
        try:
            first = self.connection.recv(1, socket.MSG_PEEK)
        except OSError:
            return
        if first == b"\x16":
            # A TLS ClientHello on this plain-HTTP port: answer in plain HTTP,
            # so the client's handshake fails at once (not by timeout).
            owner.hits["<tls handshake>"] += 1
            try:
                self.connection.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n"
                                        b"Connection: close\r\n\r\n")
            except OSError:
                pass
            return
        try:
            super().handle()
        except (OSError, ValueError):
            pass  # the client went away mid-body: that is what these routes are for

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        owner: HostileServer = self.server.owner  # type: ignore[attr-defined]
        path = self.path.split("?", 1)[0]
        owner.hits[path] += 1
        route = owner.routes.get(path) or static(
            b"<html><body><h1>Not found</h1></body></html>", status=404)
        route(self)

    def finish(self) -> None:
        try:
            super().finish()
        except (OSError, ValueError):
            pass

    def log_message(self, *args) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def process_request(self, request, client_address) -> None:
        self.owner.connections += 1  # type: ignore[attr-defined]
        super().process_request(request, client_address)

    def handle_error(self, request, client_address) -> None:
        pass  # clients hang up on the hostile routes all the time


@dataclass
class HostileServer:
    """A ThreadingHTTPServer on 127.0.0.1:0 serving `routes`; counts hits and connections."""

    routes: dict[str, Route] = field(default_factory=dict)
    hits: Counter = field(default_factory=Counter)
    connections: int = 0

    def __post_init__(self) -> None:
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self  # type: ignore[attr-defined]
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    @property
    def netloc(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return f"http://{self.netloc}"

    def start(self) -> HostileServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


class HostileSites:
    """The hostile main server, the internal server and the garbage-robots server."""

    CHAIN_LENGTH = 30

    def __init__(self) -> None:
        self.main = HostileServer()
        self.internal = HostileServer()
        self.garbage = HostileServer()
        self.internal.routes.update({
            "/secret": static(b"<html><body><p>internal admin panel</p></body></html>"),
            "/named": static(b"<html><body><p>internal service, reached by name</p></body></html>"),
        })
        self.garbage.routes.update({
            "/robots.txt": static(garbage_robots, content_type="text/plain"),
            LAKE.path: static(_article_html(LAKE).encode("utf-8")),
        })
        self.main.routes.update(self._main_routes())

    # -- URLs ------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self.main.base_url

    @property
    def internal_url(self) -> str:
        return self.internal.base_url

    @property
    def garbage_url(self) -> str:
        return self.garbage.base_url

    @property
    def allow_hosts(self) -> str:
        """ALLOW_PRIVATE_HOSTS for the main and garbage servers; never the internal one."""
        return f"{self.main.netloc},{self.garbage.netloc}"

    def url(self, path: str) -> str:
        return self.main.base_url + path

    def fetch_url(self, article: GoodArticle) -> str:
        server = self.garbage if article.server == "garbage" else self.main
        return server.base_url + article.path

    def stored_url(self, article: GoodArticle) -> str:
        server = self.garbage if article.server == "garbage" else self.main
        return server.base_url + article.stored_path

    @property
    def good(self) -> list[GoodArticle]:
        """Every article a correct crawler stores, once each."""
        return [HARBOUR, LIBRARY, ORCHARD, TRAM_DEPOT, MARKET, BRIDGE, LAKE, *ENCODING_ARTICLES]

    @property
    def good_urls(self) -> list[str]:
        return [self.fetch_url(a) for a in self.good]

    @property
    def encoding_pages(self) -> dict[str, GoodArticle]:
        """stored url -> the article whose paragraphs must come through exactly."""
        return {self.stored_url(a): a for a in ENCODING_ARTICLES}

    @property
    def hostile_urls(self) -> list[str]:
        main_paths = [
            "/huge", "/fake-length", "/gzip-bomb", "/brotli-bomb", "/trickle",
            "/file.pdf", "/photo.jpg", "/blob", "/honest/file.pdf", "/honest/photo.jpg", "/honest/blob",
            "/empty", "/blank", "/script-only",
            "/bad-utf8", "/one-line", "/deep",
            "/loop-a", "/chain/1", "/to-metadata", "/to-internal", "/to-file",
            "/404", "/410", "/429", "/500", "/503", "/reset",
            PRIVATE.path,
        ]
        return [self.url(p) for p in main_paths] + [
            f"http://localhost:{self.internal.port}/named",  # a name that resolves to loopback
            "http://169.254.169.254/latest/meta-data/",  # cloud metadata, asked for directly
            f"https://{self.main.netloc}/tls/story.html",  # TLS to a plain-HTTP port
        ]

    def all_urls(self) -> list[str]:
        return self.good_urls + self.hostile_urls

    # -- routes ----------------------------------------------------------------

    def _main_routes(self) -> dict[str, Route]:
        html = "text/html"
        link = f'<p class="more"><a href="{PRIVATE.path}">Subscribers: the full budget briefing</a></p>\n'
        routes: dict[str, Route] = {
            "/robots.txt": static(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"),
            HARBOUR.path: static(_article_html(HARBOUR, body_extra=link).encode("utf-8")),
            LIBRARY.path: static(_article_html(LIBRARY).encode("utf-8")),
            ORCHARD.path: static(_article_html(ORCHARD).encode("utf-8")),
            PRIVATE.path: static(_article_html(PRIVATE).encode("utf-8")),
            TRAM_DEPOT.path: static(_unclosed_html(TRAM_DEPOT).encode("utf-8")),
            MARKET.path: static(_control_chars_page),
            # size
            "/huge": huge,
            "/fake-length": fake_length,
            "/gzip-bomb": compressed("gzip", gzip_bomb),
            "/brotli-bomb": compressed("br", brotli_bomb),
            "/trickle": trickle,
            # binary, labelled HTML and labelled honestly
            "/file.pdf": static(pdf_bytes, content_type=html),
            "/photo.jpg": static(jpeg_bytes, content_type=html),
            "/blob": static(blob_bytes, content_type=html),
            "/honest/file.pdf": static(pdf_bytes, content_type="application/pdf"),
            "/honest/photo.jpg": static(jpeg_bytes, content_type="image/jpeg"),
            "/honest/blob": static(blob_bytes, content_type="application/octet-stream"),
            # nothing to extract
            "/empty": static(b""),
            "/blank": static(b" \n\t\r\n   \n\n        \t\n" * 50),
            "/script-only": static(b"<html><head><script>window.app = {page: 'story'};</script></head>"
                                   b"<body><script>document.write('<p>Loading the story ...</p>');"
                                   b"</script></body></html>"),
            # encodings
            FRENCH_LATIN1.path: static(lambda: _encoded_page(FRENCH_LATIN1),
                                       content_type="text/html; charset=utf-8"),
            RUSSIAN_CP1251.path: static(lambda: _encoded_page(RUSSIAN_CP1251), content_type=html),
            JAPANESE_SJIS.path: static(lambda: _encoded_page(JAPANESE_SJIS), content_type=html),
            GREEK_UTF16_BOM.path: static(lambda: _encoded_page(GREEK_UTF16_BOM), content_type=html),
            POLISH_UTF16_NOBOM.path: static(lambda: _encoded_page(POLISH_UTF16_NOBOM), content_type=html),
            "/bad-utf8": static(_bad_utf8_page),
            # markup
            "/one-line": static(_one_line_page),
            "/deep": static(_deep_page),
            # redirects
            "/loop-a": redirect("/loop-b"),
            "/loop-b": redirect("/loop-a"),
            # (a different path from the metadata URL asked for directly, so that
            # Scrapy's duplicate filter cannot hide the redirect)
            "/to-metadata": redirect("http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
            "/to-internal": redirect(f"{self.internal.base_url}/secret"),
            "/to-file": redirect("file:///etc/passwd"),
            # statuses
            "/404": static(b"<html><body><h1>Not found</h1></body></html>", status=404),
            "/410": static(b"<html><body><h1>Gone</h1></body></html>", status=410),
            "/429": static(b"<html><body><h1>Slow down</h1></body></html>", status=429,
                           headers=(("Retry-After", "1"),)),
            "/500": static(b"<html><body><h1>Server error</h1></body></html>", status=500),
            "/503": static(b"<html><body><h1>Unavailable</h1></body></html>", status=503),
            "/reset": reset,
        }
        for n in range(1, self.CHAIN_LENGTH):
            routes[f"/chain/{n}"] = redirect(f"/chain/{n + 1}")
        routes[BRIDGE.stored_path] = static(_article_html(BRIDGE).encode("utf-8"))
        return routes

    # -- lifecycle ---------------------------------------------------------------

    def __enter__(self) -> HostileSites:
        for server in (self.main, self.internal, self.garbage):
            server.start()
        return self

    def __exit__(self, *exc) -> None:
        for server in (self.main, self.internal, self.garbage):
            server.stop()


@cache
def _one_line_page() -> bytes:
    sentence = ("The committee met again and discussed the same agenda item without reaching any "
                "conclusion, so the chair adjourned the session until the following week. ")
    line = sentence * (5 * MiB // len(sentence) + 1)
    return ("<html><head><title>One line</title></head><body><p>" + line + "</p></body></html>").encode()


@cache
def _deep_page() -> bytes:
    depth = 50_000
    return ("<html><head><title>Deep</title></head><body>" + "<div>" * depth
            + "<p>At the very bottom of fifty thousand boxes.</p>" + "</div>" * depth
            + "</body></html>").encode()
