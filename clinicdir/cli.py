"""`clinicdir`: crawl clinic listings, build the directory, and draw its map.

    clinicdir crawl --urls urls.txt --out crawls/2026-11-22
    clinicdir build --crawl crawls/2026-11-22 --overrides overrides.csv --out site
    clinicdir map --directory site --tiles none
    clinicdir demo --out demo-output
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from common.cache import cache_folder
from common.money import fee_range
from common.values import number
from directory.errors import InputError

log = logging.getLogger("clinicdir")

# Exit statuses a scheduler can act on: 3 means the crawl finished but some sites could not be read; 130 that it
# was interrupted (Ctrl-C, SIGTERM) and wrote what it had read.
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_PARTIAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
_TOWNS_NAMED = 5   # other towns of a name `near` mentions


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    _configure_logging(args.quiet)
    try:
        return args.run(args, args.command_parser)
    except InputError as exc:
        log.error("error: %s", exc)
        return EXIT_FAILED
    except OSError as exc:   # a full disk, a folder that cannot be written
        log.error("error: %s", exc)
        return EXIT_FAILED
    except KeyboardInterrupt:
        log.error("interrupted")
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clinicdir",
        description="Directory of ketamine infusion clinics and their published fees: crawl, build, map.",
    )
    sub = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    crawl = sub.add_parser("crawl", help="run spiders and write their items and statistics",
                           description="Run spiders; write one JSON Lines file per spider and crawl-stats.json.")
    crawl.add_argument("--spider", action="append", metavar="NAME",
                       help="spider to run (repeatable; default: clinic_sites). `scrapy list` shows them all")
    crawl.add_argument("--urls", action="append", metavar="FILE_OR_URL", default=[],
                       help="start URLs for the spiders that take them (clinic_sites: clinic websites; directory "
                            "spiders: listing pages): a URL, comma-separated URLs, or a file with one URL per line "
                            "(repeatable)")
    crawl.add_argument("--out", type=Path, default=Path("crawl"), metavar="DIR", help="output folder (default: crawl)")
    crawl.add_argument("--previous", type=Path, metavar="DIR",
                       help="earlier crawl folder to compare with in crawl-report.md (default: what --out held)")
    crawl.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                       help="override a Scrapy setting, e.g. --set CLINIC_MAX_PAGES_PER_SITE=20")
    crawl.set_defaults(run=_run_crawl, command_parser=crawl)

    build = sub.add_parser("build", help="turn crawl output into the directory files and the map page",
                           description="Read crawl folders; write clinics.csv, directory.csv, directory.geojson, "
                                       "review.csv, audit.csv, build-report.md, map.html and map-list.html.")
    build.add_argument("--crawl", action="append", type=Path, required=True, metavar="DIR",
                       help="crawl output folder (repeatable)")
    build.add_argument("--policy", type=Path, metavar="FILE", help="inclusion policy (TOML); default: built-in")
    build.add_argument("--overrides", type=Path, metavar="FILE", help="reviewer overrides (CSV)")
    build.add_argument("--out", type=Path, default=Path("directory-output"), metavar="DIR",
                       help="output folder (default: directory-output)")
    build.add_argument("--geocoder", choices=("offline", "nominatim"), default="offline",
                       help="offline ZIP gazetteer (default), or Nominatim for full addresses (network; 1 request/s)")
    build.add_argument("--user-agent", metavar="TEXT",
                       help="with --geocoder nominatim: names your deployment and a contact, as its policy asks")
    build.add_argument("--geocode-cache", type=Path, metavar="FILE",
                       default=cache_folder() / "nominatim.sqlite3",
                       help="with --geocoder nominatim: answers kept across builds (default: %(default)s)")
    _add_tiles(build)
    build.set_defaults(run=_run_build, command_parser=build)

    draw = sub.add_parser("map", help="redraw the map page from a built directory.csv",
                          description="Draw map.html and map-list.html from a directory.csv, without crawling "
                                      "or building.")
    draw.add_argument("--directory", type=Path, default=Path("directory-output"), metavar="DIR",
                      help="a build folder holding directory.csv (default: directory-output)")
    draw.add_argument("--out", type=Path, metavar="FILE", help="the map page to write (default: DIR/map.html)")
    draw.add_argument("--policy", type=Path, metavar="FILE",
                      help="the policy the directory was built with, for the page's header (default: built-in)")
    _add_tiles(draw)
    draw.set_defaults(run=_run_map, command_parser=draw)

    demo = sub.add_parser("demo", help="crawl the bundled sample web on loopback, build, print the map path",
                          description="Serve the bundled sample web on 127.0.0.x, crawl it, build the directory.")
    demo.add_argument("--out", type=Path, default=Path("demo-output"), metavar="DIR",
                      help="output folder (default: demo-output)")
    _add_tiles(demo)
    demo.set_defaults(run=_run_demo, command_parser=demo)

    near = sub.add_parser("near", help="listed clinics nearest a ZIP code or city",
                          description="The listed clinics nearest a place, with distance, fee and phone.")
    near.add_argument("place", metavar="ZIP_OR_CITY", help='a ZIP code ("80202") or a city ("Denver, CO")')
    near.add_argument("--miles", type=float, default=50, help="search radius in miles (default: 50)")
    near.add_argument("--limit", type=int, default=20, help="at most this many clinics (default: 20)")
    near.add_argument("--directory", type=Path, default=Path("directory-output"), metavar="DIR",
                      help="a build folder holding directory.csv (default: directory-output)")
    near.set_defaults(run=_run_near, command_parser=near)

    for command in (crawl, build, draw, demo, near):
        command.add_argument("-q", "--quiet", action="store_true", help="print only warnings and errors")
    return parser


def _add_tiles(command: argparse.ArgumentParser) -> None:
    command.add_argument("--tiles", default="openstreetmap", metavar="NAME_OR_URL",
                         help="map tiles: a folium tile name, a URL template, or 'none' (default: openstreetmap)")


def _configure_logging(quiet: bool) -> None:
    """Progress lines (logger "clinicdir") unless --quiet; from everything else, Scrapy included, warnings only."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    progress = logging.WARNING if quiet else logging.INFO
    handler.addFilter(lambda record: record.levelno >= (
        progress if record.name == "clinicdir" or record.name.startswith("clinicdir.") else logging.WARNING))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)


def _settings_pairs(pairs: list[str], parser: argparse.ArgumentParser) -> dict[str, str]:
    settings = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            parser.error(f"--set expects NAME=VALUE, got {pair!r}")
        settings[name] = value
    return settings


def _run_crawl(args, parser) -> int:
    from clinicdir.crawl import crawl_settings, run_crawl
    from scrapy.spiderloader import get_spider_loader

    loader = get_spider_loader(crawl_settings())
    available = set(loader.list())
    spiders = args.spider or ["clinic_sites"]
    unknown = sorted(set(spiders) - available)
    if unknown:
        parser.error(f"unknown spider {', '.join(unknown)} (available: {', '.join(sorted(available))})")
    needing = [name for name in spiders if getattr(loader.load(name), "requires_urls", False)]
    if needing and not args.urls:
        parser.error(f"{', '.join(needing)} needs start URLs: --urls FILE_OR_URL")
    for value in args.urls:
        if not value.startswith(("http://", "https://")) and not Path(value).is_file():
            parser.error(f"--urls {value!r} is neither a web address nor a file")
    summary = run_crawl(spiders, args.out, urls=args.urls, settings_overrides=_settings_pairs(args.set, parser),
                        quiet=args.quiet, previous_dir=args.previous)
    return _report_crawl(summary)


def _report_crawl(summary) -> int:
    for site, reason in sorted(summary.failed_sites.items()):
        log.warning("site failed: %s (%s)", site, reason)
    log.info("crawl %s: %d item(s) from %d site(s), %d failed, %d URL(s) skipped; report in %s",
             "interrupted" if summary.interrupted else "finished", summary.total_items, summary.sites,
             len(summary.failed_sites), summary.skipped_urls, summary.report_file)
    if summary.interrupted:
        return EXIT_INTERRUPTED
    if not summary.total_items:
        return EXIT_FAILED
    return EXIT_PARTIAL if summary.failed_sites else EXIT_OK


def _run_build(args, parser) -> int:
    from clinicdir.build import BuildOptions, build
    from directory.geocode import GEOCODER_ATTRIBUTION, nominatim_geocoder

    options = BuildOptions(
        crawl_dirs=args.crawl, out_dir=args.out, policy_path=args.policy, overrides_path=args.overrides,
        tiles=_tiles(args.tiles), progress=log.info,
    )
    if args.geocoder == "nominatim":
        cache, older = args.geocode_cache, cache_folder() / "nominatim.json"   # older: JSON of earlier versions
        if cache == cache_folder() / "nominatim.sqlite3" and older.exists() and not cache.exists():
            older.replace(cache)   # converted to SQLite when the cache opens
        try:
            options.geocoder = nominatim_geocoder(args.user_agent or "", cache)
        except ValueError as exc:
            parser.error(str(exc))
        options.geocoder_credit = f"{GEOCODER_ATTRIBUTION['nominatim']}; {GEOCODER_ATTRIBUTION['zip']}"
    result = build(options)
    for warning in result.warnings:
        log.warning("warning: %s", warning)
    print(result.files["map.html"])
    return EXIT_OK


def _run_map(args, parser) -> int:
    from clinicdir.build import draw_map
    from directory.policy import load_policy

    policy = load_policy(args.policy)
    map_page, list_page = draw_map(args.directory / "directory.csv", args.out or args.directory / "map.html",
                                   policy.sentence(), _tiles(args.tiles))
    log.info("map drawn: %s (list page: %s)", map_page, list_page.name)
    print(map_page)
    return EXIT_OK


def _run_demo(args, parser) -> int:
    from clinicdir.build import BuildOptions, build
    from clinicdir.crawl import LOOPBACK_SETTINGS, run_crawl
    from clinicdir.sample_web import SampleWeb

    with SampleWeb() as web:
        log.info("serving the sample web on 127.0.0.x, port %d: %d clinic sites, a clinic directory and an "
                 "open-data endpoint", web.port, len(web.start_urls))
        # Discovery and clinic sites in one run, as in production: listings lead to the sites they name.
        summary = run_crawl(
            ["clinic_sites", "sample_directory", "osm_overpass"], args.out / "crawl",
            urls={"clinic_sites": web.start_urls, "sample_directory": [web.directory_url]},
            settings_overrides={**LOOPBACK_SETTINGS, "OVERPASS_URL": web.overpass_url}, quiet=args.quiet,
        )
    if _report_crawl(summary) == EXIT_INTERRUPTED:
        return EXIT_INTERRUPTED
    result = build(BuildOptions(
        crawl_dirs=[args.out / "crawl"], out_dir=args.out, tiles=_tiles(args.tiles), progress=log.info,
    ))
    print(result.files["map.html"].resolve())
    return EXIT_OK


def _run_near(args, parser) -> int:
    from directory.nearby import ANYWHERE_MILES, find_place, nearest, towns_named
    from directory.spreadsheet import read_table

    listing = args.directory / "directory.csv"
    if not listing.exists():
        parser.error(f"{listing} not found: build the directory first, or pass --directory DIR")
    if args.miles <= 0 or args.limit <= 0:
        parser.error("--miles and --limit must be positive")
    place = find_place(args.place)
    if place is None:
        parser.error(f"unknown place {args.place!r}: give a 5-digit ZIP code, 'City, ST' or a town's name")
    clinics = read_table(listing)
    found = nearest(clinics, place[0], place[1], miles=args.miles, limit=args.limit)
    if not args.quiet:
        print(f"{len(found)} listed clinic(s) within {args.miles:g} miles of {place[2]}:")
        others = [town[2] for town in towns_named(args.place)[1:]]
        if others:
            print(f"(also named so: {'; '.join(others[:_TOWNS_NAMED])}{' and more' if others[_TOWNS_NAMED:] else ''}"
                  f"; give 'City, ST' for one of them)")
    if found.empty and not args.quiet:   # say so, and offer the nearest few however far, as the map page does;
        from maps.page import NEAREST       # a script (--quiet) gets what is within reach, nothing else

        found = nearest(clinics, place[0], place[1], miles=ANYWHERE_MILES, limit=NEAREST)
        if not found.empty:
            print("The nearest listed clinic(s), farther away:")
    for clinic in found.itertuples():
        print(f"{clinic.distance_miles:6.1f} mi  {clinic.name} — {clinic.street}, {clinic.city}, {clinic.state}  "
              f"{_fee_text(clinic.fee_min, clinic.fee_max)}  {clinic.phone}")
    return EXIT_OK


def _fee_text(low, high) -> str:
    worded = fee_range(number(low), number(high))
    return f"{worded}/infusion" if worded else "fee not published"


def _tiles(value: str) -> str | None:
    return None if value.lower() == "none" else value


if __name__ == "__main__":
    sys.exit(main())
